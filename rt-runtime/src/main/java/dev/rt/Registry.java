package dev.rt;

import java.util.Optional;
import java.util.Set;

/**
 * The named actors of an {@link ActorSystem}, from {@link ActorSystem#registry()}. A name is
 * freed when its actor stops. Thread-safe.
 */
public interface Registry {

    /**
     * Registers an actor under a name.
     *
     * @param name the name
     * @param ref the actor
     * @throws IllegalArgumentException if the name is taken by a live actor; the message names
     *     that actor
     */
    void register(String name, ActorRef<?> ref);

    /**
     * Looks an actor up by name, checking its protocol.
     *
     * @param name the name
     * @param protocol the protocol the caller expects
     * @param <M> the protocol
     * @return the actor, or empty if none is registered under {@code name}
     * @throws IllegalArgumentException if the actor registered under {@code name} has another
     *     protocol
     */
    <M> Optional<ActorRef<M>> lookup(String name, Class<M> protocol);

    /**
     * Frees a name.
     *
     * @param name the name
     * @return whether it was registered
     */
    boolean unregister(String name);

    /** {@return the names registered now} */
    Set<String> names();
}
