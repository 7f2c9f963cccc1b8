package dev.rt;

import java.util.Optional;
import java.util.Set;

/**
 * The named actors of an {@link ActorSystem}, from {@link ActorSystem#registry()}: a way to find
 * a service by a well-known name instead of passing its reference around. A name is freed when
 * its actor terminates (not when it restarts: the reference survives a restart, and so does the
 * registration).
 *
 * <pre>{@code
 * system.registry().register("orders", orders.ref());
 * // elsewhere: a typed lookup, then the generated handle
 * Optional<OrderBookHandle> book = system.registry()
 *         .lookup("orders", OrderMsg.class)
 *         .map(OrderBookHandle::of);
 * }</pre>
 *
 * <p>Generated handles wrap a reference with {@code XHandle.of(ref)}, so {@code
 * lookup(name, XMsg.class).map(XHandle::of)} is the typed lookup of a handle.
 *
 * <p>Threading: any thread may call any method; no method blocks. Memory consistency: actions
 * before {@link #register} returns happen-before a {@link #lookup} that finds the registration.
 */
public interface Registry {

    /**
     * Registers an actor under a name. Registering the same actor under the same name again does
     * nothing. Registering an actor that has already terminated keeps nothing: the name is free
     * again at once.
     *
     * @param name the name; not blank
     * @param ref the actor (a pool's reference registers the pool)
     * @throws IllegalArgumentException if the name is taken by another live actor (the message
     *     names the name and that actor's path), or {@code ref} is not a reference made by RT
     */
    void register(String name, ActorRef<?> ref);

    /**
     * Looks an actor up by name, checking its protocol.
     *
     * @param name the name
     * @param protocol the protocol the caller expects: the sealed interface the actor's
     *     behavior implements {@code Actor<M>} with
     * @param <M> the protocol
     * @return the actor, or empty if no live actor is registered under {@code name}
     * @throws IllegalArgumentException if the actor registered under {@code name} has another
     *     protocol; the message names both
     */
    <M> Optional<ActorRef<M>> lookup(String name, Class<M> protocol);

    /**
     * Frees a name.
     *
     * @param name the name
     * @return whether it was registered
     */
    boolean unregister(String name);

    /** {@return a snapshot of the names of the live actors registered now} */
    Set<String> names();
}
