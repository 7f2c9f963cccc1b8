package dev.rt.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.rt.annotation.WireProtocol;
import dev.rt.processor.binding.CodecModels;
import dev.rt.processor.model.CodecModel;
import dev.rt.processor.validation.ValidationResult;
import dev.rt.processor.validation.WireProtocolValidator;
import dev.rt.processor.writing.CodecWriter;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Processes {@link WireProtocol} interfaces: read and validate what travels, and compare the
 * schema with its committed baseline ({@link WireProtocolValidator}), build the model ({@link
 * CodecModel}) from what the validator accepted ({@link CodecModels}), then write the codec
 * ({@link CodecWriter}) and the schema as a resource, {@code META-INF/rt/wire/<protocol>.schema}.
 * Deferral, reporting and writing are {@link ModelStep}'s.
 *
 * <p>A protocol whose messages hold the handle of a behavior waits, round after round, until
 * {@link ActorBehaviorStep} has generated that handle.
 */
final class WireProtocolStep extends ModelStep<CodecModel> {
    private final WireProtocolValidator validator;
    private final CodecModels models;
    private final CodecWriter writer = new CodecWriter();

    WireProtocolStep(ProcessingEnvironment env, Reporter reporter) {
        super(env, reporter);
        this.validator = new WireProtocolValidator(env);
        this.models = new CodecModels(env);
    }

    @Override
    public String annotation() {
        return WireProtocol.class.getCanonicalName();
    }

    @Override
    ValidationResult<CodecModel> validate(TypeElement protocol) {
        return validator.validate(protocol).map(models::model);
    }

    @Override
    List<ClassName> generatedTypes(CodecModel model) {
        return List.of(model.codec());
    }

    @Override
    List<JavaFile> files(CodecModel model, TypeElement protocol) {
        return List.of(writer.write(model, protocol));
    }

    @Override
    List<Resource> resources(CodecModel model) {
        return List.of(new Resource(model.schemaResource(), model.schemaText()));
    }
}
