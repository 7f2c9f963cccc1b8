package dev.rt.processor.validation;

import dev.rt.annotation.Restart;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * A {@code @Child} method as {@link ChildValidator} read it.
 *
 * @param method the method
 * @param name the method's name for messages, such as {@code risk(OrderExecutorHandle)}
 * @param id the child's id: the method's name
 * @param restart its {@code restart}
 * @param shutdownMillis its {@code shutdownMillis}
 * @param annotation its {@code @Child}
 * @param type what the child is, when the method returns a behavior or a supervisor class
 * @param healthIntervalMillis its {@code healthIntervalMillis}: 0 for no health check
 * @param healthCheck its health check, when it sets one and breaks no rule of health checks
 */
public record CheckedChild(
        ExecutableElement method,
        String name,
        String id,
        Restart restart,
        long shutdownMillis,
        AnnotationMirror annotation,
        Optional<GeneratedTypes.Origin> type,
        long healthIntervalMillis,
        Optional<CheckedHealthCheck> healthCheck) {

    /** {@return the child for a sentence: {@code child 'risk'}} */
    String who() {
        return "child '" + id + "'";
    }

    /** {@return whether the child is a nested supervisor} */
    public boolean isSupervisor() {
        return type.isPresent() && type.get().role() == GeneratedTypes.Role.SUPERVISOR;
    }
}
