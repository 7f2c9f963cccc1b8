package dev.rt.spi;

import dev.rt.Actor;
import dev.rt.ActorContext;

/**
 * Delivers a message to the handler of a behavior. RT's processor generates one implementation
 * per {@link dev.rt.annotation.ActorBehavior} class: a single pattern-matching {@code switch} over
 * the sealed protocol, with plain calls to the handlers. Users do not implement it by hand except
 * in tests of the runtime itself.
 *
 * <p>Threading: the runtime calls {@link #dispatch} from the actor's thread only, one message at
 * a time. Implementations are stateless and shared by all actors of the behavior.
 *
 * @param <A> the behavior
 * @param <M> the protocol
 */
public interface Dispatcher<A extends Actor<M>, M> {

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
