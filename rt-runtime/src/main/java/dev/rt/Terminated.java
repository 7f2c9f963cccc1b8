package dev.rt;

import java.util.Optional;

/**
 * Tells a watcher that an actor has terminated.
 *
 * @param ref the actor that terminated
 * @param failure why it terminated, if it failed; empty after a normal stop
 */
public record Terminated(ActorRef<?> ref, Optional<Throwable> failure) {

    /** Checks the components. */
    public Terminated {
        java.util.Objects.requireNonNull(ref, "ref");
        java.util.Objects.requireNonNull(failure, "failure");
    }

    /** {@return whether the actor stopped because it failed} */
    public boolean failed() {
        return failure.isPresent();
    }
}
