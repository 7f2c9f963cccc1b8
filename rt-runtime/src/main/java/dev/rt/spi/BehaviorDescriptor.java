package dev.rt.spi;

import dev.rt.Actor;
import dev.rt.ActorContext;

/**
 * The compiled description of one behavior: its protocol, its mailbox, whether it blocks, which
 * of its messages are urgent, and the one {@link #dispatch} switch that delivers a message to its
 * handler. RT's processor generates one implementation per {@link
 * dev.rt.annotation.ActorBehavior} class, {@code <Behavior>Descriptor}, from what the class and
 * its sealed protocol declare: plain constants and a single pattern-matching {@code switch}, with
 * no reflection. It is implemented by hand only in the tests of RT itself; users call generated
 * handles, which pass the descriptor to the runtime.
 *
 * <p>Threading: implementations are stateless and shared by all actors of the behavior. The
 * runtime calls {@link #dispatch} from the actor's thread only, one message at a time; the other
 * methods are read when an actor is spawned.
 *
 * @param <A> the behavior
 * @param <M> the protocol
 */
public interface BehaviorDescriptor<A extends Actor<M>, M> {

    /** {@return the protocol's sealed interface, to check requests sent through {@code ask}} */
    Class<M> protocol();

    /**
     * {@return the mailbox the behavior declares in {@code @ActorBehavior}; unbounded by
     * default}
     */
    default dev.rt.Mailbox mailbox() {
        return dev.rt.Mailbox.UNBOUNDED;
    }

    /**
     * {@return whether the behavior is declared blocking ({@code @ActorBehavior(blocking =
     * true)}): its actors then run on virtual threads; false by default}
     */
    default boolean blocking() {
        return false;
    }

    /**
     * {@return the message types marked {@code @Priority}, handled ahead of the others; empty by
     * default, which costs nothing}
     */
    default java.util.Set<Class<?>> priorityTypes() {
        return java.util.Set.of();
    }

    /**
     * Calls the handler of {@code message}.
     *
     * @param actor the behavior instance
     * @param message the message
     * @param context the actor's context, for handlers that declare it
     * @param replier where a request's handler sends its reply; ignored for other messages
     * @throws Exception whatever the handler throws; it fails the actor
     */
    void dispatch(A actor, M message, ActorContext<M> context, Replier replier) throws Exception;
}
