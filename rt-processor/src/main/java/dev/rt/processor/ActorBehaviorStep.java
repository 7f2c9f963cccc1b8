package dev.rt.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.rt.annotation.ActorBehavior;
import dev.rt.processor.model.BehaviorModel;
import dev.rt.processor.validation.BehaviorValidator;
import dev.rt.processor.validation.ValidationResult;
import dev.rt.processor.writing.DescriptorWriter;
import dev.rt.processor.writing.HandleWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Processes {@link ActorBehavior} classes: read and validate ({@link BehaviorValidator}), build the
 * model ({@link BehaviorModel}), then write the handle ({@link HandleWriter}) and the descriptor
 * ({@link DescriptorWriter}).
 */
final class ActorBehaviorStep implements ProcessingStep {
    private final BehaviorValidator validator;
    private final Reporter reporter;
    private final Filer filer;
    private final HandleWriter handleWriter = new HandleWriter();
    private final DescriptorWriter descriptorWriter = new DescriptorWriter();

    /** Generated type to the behavior it was generated for, over all rounds. */
    private final Map<ClassName, String> generated = new HashMap<>();

    ActorBehaviorStep(ProcessingEnvironment env, Reporter reporter) {
        this.validator = new BehaviorValidator(env);
        this.reporter = reporter;
        this.filer = env.getFiler();
    }

    @Override
    public String annotation() {
        return ActorBehavior.class.getCanonicalName();
    }

    @Override
    public Outcome process(TypeElement behavior, boolean lastRound) {
        return switch (validator.validate(behavior)) {
            case ValidationResult.Unresolved<BehaviorModel> unresolved -> {
                if (!lastRound) {
                    yield Outcome.DEFER;
                }
                reporter.print(unresolved.lastRoundReport());
                yield Outcome.DONE;
            }
            case ValidationResult.Invalid<BehaviorModel> invalid -> {
                reporter.print(invalid.report());
                yield Outcome.DONE;
            }
            case ValidationResult.Valid<BehaviorModel> valid -> {
                reporter.print(valid.warnings());
                write(behavior, valid.model());
                yield Outcome.DONE;
            }
        };
    }

    private void write(TypeElement behavior, BehaviorModel model) {
        String name = behavior.getQualifiedName().toString();
        List<ClassName> types = List.of(model.handle(), model.descriptor());
        for (ClassName type : types) {
            String other = generated.get(type);
            if (other != null && !other.equals(name)) {
                reporter.report(
                        Diagnostic.GENERATED_NAME_CLASH, behavior, other, name, type.canonicalName());
                return;
            }
        }
        types.forEach(type -> generated.put(type, name));
        List<JavaFile> files =
                List.of(
                        handleWriter.write(model, behavior),
                        descriptorWriter.write(model, behavior));
        for (JavaFile file : files) {
            try {
                file.writeTo(filer);
            } catch (IOException e) {
                String type = file.packageName().isEmpty()
                        ? file.typeSpec().name()
                        : file.packageName() + "." + file.typeSpec().name();
                reporter.report(Diagnostic.WRITE_FAILED, behavior, type, e.getMessage());
            }
        }
    }
}
