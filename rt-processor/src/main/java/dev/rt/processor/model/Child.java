package dev.rt.processor.model;

import com.palantir.javapoet.ClassName;
import dev.rt.annotation.Restart;
import java.util.List;
import java.util.Optional;

/**
 * A static child of a supervisor: one {@code @Child} method, and so one child spec and one getter.
 *
 * @param id the child's id: the method's name
 * @param factory the {@code @Child} method
 * @param kind whether the child is a worker or a nested supervisor
 * @param type what the method returns: an {@code @ActorBehavior} class for a worker, a {@code
 *     @Supervisor} class for a nested supervisor
 * @param generated the handle of a worker, or the generated supervisor of a nested supervisor:
 *     what the child's getter returns, and what its siblings take
 * @param restart when the child is restarted
 * @param shutdownMillis as {@code @Child} gives it: -2 for the default, -1 to wait forever, else
 *     the shutdown timeout in milliseconds
 * @param dependencies the siblings that the method takes, one per parameter, in order; empty for a
 *     nested supervisor
 * @param healthCheck the child's health check, if its {@code @Child} sets one
 */
public record Child(
        String id,
        MethodRef factory,
        Kind kind,
        ClassName type,
        ClassName generated,
        Restart restart,
        long shutdownMillis,
        List<Dependency> dependencies,
        Optional<HealthCheck> healthCheck) {

    /** Copies the list. */
    public Child {
        dependencies = List.copyOf(dependencies);
    }

    /** What a child is. */
    public enum Kind {
        /** An actor, created from an {@code @ActorBehavior} class. */
        WORKER,
        /** A nested supervisor, declared by a {@code @Supervisor} class. */
        SUPERVISOR
    }

    /**
     * An earlier sibling that a child's {@code @Child} method takes.
     *
     * @param sibling the sibling's id
     * @param type the parameter's type: the sibling's handle, or its generated supervisor
     */
    public record Dependency(String sibling, ClassName type) {}
}
