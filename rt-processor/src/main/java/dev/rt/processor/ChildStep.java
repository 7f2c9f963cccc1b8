package dev.rt.processor;

import dev.rt.annotation.Child;
import dev.rt.annotation.Supervisor;
import dev.rt.processor.validation.OrphanChildValidator;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Reports the {@link Child} methods that no supervisor reads: those of a class that is not
 * annotated {@link Supervisor} ({@link OrphanChildValidator}). The {@code @Child} methods of a
 * supervisor class are {@link SupervisorStep}'s.
 *
 * <p>The processor hands this step the classes that declare {@code @Child} methods. It never
 * defers: whether a class is annotated does not depend on types that may be generated later.
 */
final class ChildStep implements ProcessingStep {
    private final OrphanChildValidator validator;
    private final Reporter reporter;

    ChildStep(ProcessingEnvironment env, Reporter reporter) {
        this.validator = new OrphanChildValidator(env);
        this.reporter = reporter;
    }

    @Override
    public String annotation() {
        return Child.class.getCanonicalName();
    }

    @Override
    public Outcome process(TypeElement type, boolean lastRound) {
        reporter.print(validator.validate(type));
        return Outcome.DONE;
    }
}
