package dev.rt;

import dev.rt.spi.BehaviorDescriptor;
import java.util.function.Supplier;

/**
 * Something that can start actors: the {@link ActorSystem} for top-level actors, an {@link
 * ActorContext} for children. Generated handles call it; users call the handle's {@code spawn}.
 */
public interface Spawner {

    /**
     * Starts an actor. Returns at once: the factory and {@link Actor#preStart} run on the actor's
     * own thread, before any message is handled. Messages sent in the meantime are queued.
     *
     * <p>The actor's mailbox is the one its behavior declares or, where the behavior declares
     * none, the system's default ({@link ActorSystemConfig#mailboxOf}).
     *
     * @param name the actor's name, unique among its siblings: letters, digits and {@code -_.:@$+}
     * @param factory creates a fresh behavior instance; called once per incarnation
     * @param descriptor the generated descriptor of the behavior
     * @param <A> the behavior type
     * @param <M> the protocol
     * @return a reference to the new actor
     * @throws InvalidActorNameException if the name is malformed or already taken
     * @throws IllegalStateException if the system or the parent is stopping
     */
    default <A extends Actor<M>, M> ActorRef<M> spawn(
            String name, Supplier<? extends A> factory, BehaviorDescriptor<A, M> descriptor) {
        return spawn(name, factory, descriptor, descriptor.mailbox());
    }

    /**
     * Starts an actor with a mailbox of its own, rather than the one its behavior declares.
     *
     * @param name as {@link #spawn(String, Supplier, BehaviorDescriptor)}
     * @param factory as {@link #spawn(String, Supplier, BehaviorDescriptor)}
     * @param descriptor as {@link #spawn(String, Supplier, BehaviorDescriptor)}
     * @param mailbox the mailbox
     * @param <A> the behavior type
     * @param <M> the protocol
     * @return a reference to the new actor
     */
    <A extends Actor<M>, M> ActorRef<M> spawn(String name, Supplier<? extends A> factory,
            BehaviorDescriptor<A, M> descriptor, Mailbox mailbox);
}
