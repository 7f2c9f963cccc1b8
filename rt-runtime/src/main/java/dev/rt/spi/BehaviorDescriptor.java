package dev.rt.spi;

import dev.rt.Actor;
import dev.rt.ActorContext;

/**
 * The compiled description of one behavior: its protocol, its mailbox, whether it blocks, which
 * of its messages are urgent, and the one {@link #dispatch} switch that delivers a message to its
 * handler. RT's processor generates one implementation per {@link
 * dev.rt.annotation.ActorBehavior} class, {@code <Behavior>Descriptor}, from what the class and
 * its sealed protocol declare: plain constants, {@code instanceof} tests and a single
 * pattern-matching {@code switch}, with no reflection. It is implemented by hand only in the tests
 * of RT itself; users call generated handles, which pass the descriptor to the runtime.
 *
 * <p>Threading: implementations are stateless and shared by all actors of the behavior. The
 * runtime calls {@link #dispatch} from the actor's thread only, one message at a time, and {@link
 * #isUrgent} from the sender's thread, once per message; the other methods are read when an actor
 * is spawned.
 *
 * @param <A> the behavior
 * @param <M> the protocol
 */
public interface BehaviorDescriptor<A extends Actor<M>, M> {

    /** {@return the protocol's sealed interface, to check requests sent through {@code ask}} */
    Class<M> protocol();

    /**
     * {@return the mailbox the behavior declares in {@code @ActorBehavior}; by default the
     * {@link dev.rt.Mailbox#UNBOUNDED} instance, which means "none declared": the system's
     * default mailbox then applies ({@link dev.rt.ActorSystemConfig#mailboxOf})}
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
     * {@return how many messages an actor's stash holds at most: {@code @ActorBehavior(stashCapacity
     * = ...)}, by default {@link dev.rt.Stash#DEFAULT_CAPACITY}; at least 1} The runtime reads it
     * once, when the actor first stashes, from the behavior the actor was spawned as.
     */
    default int stashCapacity() {
        return dev.rt.Stash.DEFAULT_CAPACITY;
    }

    /**
     * {@return whether some message of the protocol is urgent ({@code @Priority}), so that {@link
     * #isUrgent} must be asked; false by default} The runtime reads it once per actor: an actor
     * whose behavior returns false has no queue for urgent messages and asks nothing per message.
     * An implementation that overrides {@link #isUrgent} returns true.
     */
    default boolean hasUrgentMessages() {
        return false;
    }

    /**
     * Decides whether a message is urgent: handled ahead of the others that are queued, first in,
     * first out among the urgent ones. The generated implementation is an {@code instanceof} test
     * of each message type that {@code @Priority} marks, itself or through its group; an enum
     * message is urgent, all its constants, when its enum type is marked.
     *
     * <p>Called on the sender's thread (a timer's message, on the timer's), once per message that
     * is told, offered or asked, before it is queued, and only when {@link #hasUrgentMessages} is
     * true. It must be cheap and pure: no state, no allocation, no blocking, and the same answer
     * for the same message every time.
     *
     * @param message a message of the protocol
     * @return whether it goes ahead of the queued messages that are not urgent; false by default
     */
    default boolean isUrgent(M message) {
        return false;
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
