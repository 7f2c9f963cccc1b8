package dev.rt.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.rt.annotation.Priority;
import dev.rt.processor.validation.PriorityValidator;
import dev.rt.processor.validation.ValidationResult;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Reports the {@link Priority} annotations that cannot mark a message: on a type that implements
 * no sealed interface, or on the root of a sealed hierarchy ({@link PriorityValidator}). Which
 * messages of a protocol are urgent is {@link ActorBehaviorStep}'s: it reads {@code @Priority}
 * from the messages and groups of a behavior's protocol, and reports it on the protocol itself.
 *
 * <p>A type whose direct supertypes do not exist yet is deferred, as a behavior is: this step
 * shares {@link ModelStep}'s deferral and reporting, with no model ({@code Void}), and writes
 * nothing.
 */
final class PriorityStep extends ModelStep<Void> {
    private final PriorityValidator validator;

    PriorityStep(ProcessingEnvironment env, Reporter reporter) {
        super(env, reporter);
        this.validator = new PriorityValidator(env);
    }

    @Override
    public String annotation() {
        return Priority.class.getCanonicalName();
    }

    @Override
    ValidationResult<Void> validate(TypeElement type) {
        return validator.validate(type);
    }

    @Override
    List<ClassName> generatedTypes(Void model) {
        return List.of();
    }

    @Override
    List<JavaFile> files(Void model, TypeElement type) {
        return List.of();
    }
}
