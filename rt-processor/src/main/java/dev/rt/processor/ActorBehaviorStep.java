package dev.rt.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.rt.annotation.ActorBehavior;
import dev.rt.processor.binding.BehaviorModels;
import dev.rt.processor.model.BehaviorModel;
import dev.rt.processor.validation.BehaviorValidator;
import dev.rt.processor.validation.ValidationResult;
import dev.rt.processor.writing.DescriptorWriter;
import dev.rt.processor.writing.HandleWriter;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Processes {@link ActorBehavior} classes: read and validate ({@link BehaviorValidator}), build the
 * model ({@link BehaviorModel}) from what the validator accepted ({@link BehaviorModels}), then
 * write the handle ({@link HandleWriter}) and the descriptor
 * ({@link DescriptorWriter}). Deferral, reporting and writing are {@link ModelStep}'s.
 */
final class ActorBehaviorStep extends ModelStep<BehaviorModel> {
    private final BehaviorValidator validator;
    private final BehaviorModels models;
    private final HandleWriter handleWriter = new HandleWriter();
    private final DescriptorWriter descriptorWriter = new DescriptorWriter();

    ActorBehaviorStep(ProcessingEnvironment env, Reporter reporter) {
        super(env, reporter);
        this.validator = new BehaviorValidator(env);
        this.models = new BehaviorModels(env);
    }

    @Override
    public String annotation() {
        return ActorBehavior.class.getCanonicalName();
    }

    @Override
    ValidationResult<BehaviorModel> validate(TypeElement behavior) {
        return validator.validate(behavior).map(models::model);
    }

    @Override
    List<ClassName> generatedTypes(BehaviorModel model) {
        return List.of(model.handle(), model.descriptor());
    }

    @Override
    List<JavaFile> files(BehaviorModel model, TypeElement behavior) {
        return List.of(handleWriter.write(model, behavior), descriptorWriter.write(model, behavior));
    }
}
