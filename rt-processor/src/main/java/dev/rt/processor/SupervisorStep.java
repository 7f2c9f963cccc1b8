package dev.rt.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.rt.annotation.Supervisor;
import dev.rt.processor.model.SupervisorModel;
import dev.rt.processor.validation.SupervisorValidator;
import dev.rt.processor.validation.ValidationResult;
import dev.rt.processor.writing.SupervisorWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Processes {@link Supervisor} classes: read and validate ({@link SupervisorValidator}), build the
 * model ({@link SupervisorModel}), then write the generated supervisor ({@link SupervisorWriter}).
 *
 * <p>A supervisor names the handles of its children, which {@link ActorBehaviorStep} generates,
 * and the generated supervisors of its nested supervisors, which this step generates: it waits,
 * round after round, until they all exist.
 */
final class SupervisorStep implements ProcessingStep {
    private final SupervisorValidator validator;
    private final Reporter reporter;
    private final Filer filer;
    private final SupervisorWriter writer = new SupervisorWriter();

    /** Generated type to the supervisor class it was generated for, over all rounds. */
    private final Map<ClassName, String> generated = new HashMap<>();

    SupervisorStep(ProcessingEnvironment env, Reporter reporter) {
        this.validator = new SupervisorValidator(env);
        this.reporter = reporter;
        this.filer = env.getFiler();
    }

    @Override
    public String annotation() {
        return Supervisor.class.getCanonicalName();
    }

    @Override
    public Outcome process(TypeElement tree, boolean lastRound) {
        return switch (validator.validate(tree)) {
            case ValidationResult.Unresolved<SupervisorModel> unresolved -> {
                if (!lastRound) {
                    yield Outcome.DEFER;
                }
                reporter.print(unresolved.lastRoundReport());
                yield Outcome.DONE;
            }
            case ValidationResult.Invalid<SupervisorModel> invalid -> {
                reporter.print(invalid.report());
                yield Outcome.DONE;
            }
            case ValidationResult.Valid<SupervisorModel> valid -> {
                reporter.print(valid.warnings());
                write(tree, valid.model());
                yield Outcome.DONE;
            }
        };
    }

    private void write(TypeElement tree, SupervisorModel model) {
        String name = tree.getQualifiedName().toString();
        String other = generated.putIfAbsent(model.supervisor(), name);
        if (other != null && !other.equals(name)) {
            reporter.report(
                    Diagnostic.GENERATED_NAME_CLASH,
                    tree,
                    other,
                    name,
                    model.supervisor().canonicalName());
            return;
        }
        JavaFile file = writer.write(model, tree);
        try {
            file.writeTo(filer);
        } catch (IOException e) {
            reporter.report(
                    Diagnostic.WRITE_FAILED,
                    tree,
                    model.supervisor().canonicalName(),
                    e.getMessage());
        }
    }
}
