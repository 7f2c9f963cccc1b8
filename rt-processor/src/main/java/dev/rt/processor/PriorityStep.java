package dev.rt.processor;

import dev.rt.annotation.Priority;
import dev.rt.processor.validation.PriorityValidator;
import dev.rt.processor.validation.ValidationResult;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Reports the {@link Priority} annotations that cannot mark a message: on a type that implements
 * no sealed interface, or on the root of a sealed hierarchy ({@link PriorityValidator}). Which
 * messages of a protocol are urgent is {@link ActorBehaviorStep}'s: it reads {@code @Priority}
 * from the messages and groups of a behavior's protocol, and reports it on the protocol itself.
 *
 * <p>A type whose direct supertypes do not exist yet is deferred, as a behavior is.
 */
final class PriorityStep implements ProcessingStep {
    private final PriorityValidator validator;
    private final Reporter reporter;

    PriorityStep(ProcessingEnvironment env, Reporter reporter) {
        this.validator = new PriorityValidator(env);
        this.reporter = reporter;
    }

    @Override
    public String annotation() {
        return Priority.class.getCanonicalName();
    }

    @Override
    public Outcome process(TypeElement type, boolean lastRound) {
        return switch (validator.validate(type)) {
            case ValidationResult.Unresolved<Void> unresolved -> {
                if (!lastRound) {
                    yield Outcome.DEFER;
                }
                reporter.print(unresolved.lastRoundReport());
                yield Outcome.DONE;
            }
            case ValidationResult.Invalid<Void> invalid -> {
                reporter.print(invalid.report());
                yield Outcome.DONE;
            }
            case ValidationResult.Valid<Void> valid -> {
                reporter.print(valid.warnings());
                yield Outcome.DONE;
            }
        };
    }
}
