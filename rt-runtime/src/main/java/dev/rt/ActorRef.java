package dev.rt;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * The address of an actor whose protocol is {@code M}.
 *
 * <p>Any thread may call any method. A reference stays valid after the actor stops: what is sent
 * then becomes a {@linkplain MonitorEvent.DeadLetter dead letter}, never an exception. Generated
 * handles wrap a reference with one method per message; prefer them.
 *
 * <p>Ordering: messages from one sender thread to one actor are handled in the order sent.
 * Memory consistency: actions in a thread before {@code tell} or {@code ask} happen-before the
 * handler of that message runs.
 *
 * @param <M> the protocol
 */
public interface ActorRef<M> {

    /** {@return the actor's path, such as {@code /user/orders/risk}} */
    String path();

    /** {@return the actor's name: the last element of its path} */
    String name();

    /**
     * Sends a message and returns at once. Never blocks and never throws on an unbounded
     * mailbox; a message for a stopped actor becomes a dead letter. On a bounded mailbox the
     * overflow policy applies.
     *
     * @param message the message
     * @throws NullPointerException if the message is null
     * @throws MailboxFullException if a bounded mailbox with policy {@code REJECT} is full, or
     *     {@code BLOCK} found no room in time
     * @throws IllegalStateException if a {@code BLOCK} mailbox is full and the caller is an
     *     actor's thread, which must not block
     */
    void tell(M message);

    /**
     * Sends a message if the mailbox has room, and says what happened instead of throwing or
     * blocking. On an unbounded mailbox it is {@link #tell}.
     *
     * @param message the message
     * @return {@link OfferResult#ACCEPTED}, {@link OfferResult#FULL} or {@link OfferResult#DEAD}
     */
    OfferResult offer(M message);

    /**
     * Sends a message that expires: if it is still queued when {@code timeToLive} has passed, it
     * is dropped and reported as {@code MonitorEvent.MessageExpired} instead of being handled.
     *
     * @param message the message
     * @param timeToLive how long it may wait in the mailbox; positive
     */
    void tellWithin(M message, Duration timeToLive);

    /**
     * Sends a request and returns the stage of its reply, with the system's default ask timeout.
     *
     * @param request a message of this actor's protocol that is a {@link Request}
     * @param <R> the reply type
     * @return completes with the reply; with {@link AskTimeoutException} on timeout; with the
     *     handler's exception if it threw; with {@link ActorTerminatedException} if the actor is
     *     or becomes stopped before it handles the request; with {@link MailboxFullException} if
     *     a bounded mailbox does not keep the request (it never throws it)
     * @throws IllegalArgumentException if the request is not a message of this actor's protocol
     */
    <R> CompletionStage<R> ask(Request<R> request);

    /**
     * Sends a request and returns the stage of its reply.
     *
     * @param request a message of this actor's protocol that is a {@link Request}
     * @param timeout how long to wait for the reply; must be positive
     * @param <R> the reply type
     * @return as {@link #ask(Request)}
     * @throws IllegalArgumentException if the request is not a message of this actor's protocol,
     *     or the timeout is not positive
     */
    <R> CompletionStage<R> ask(Request<R> request, Duration timeout);

    /**
     * Asks the actor to stop. Stopping is a system signal: it goes ahead of queued messages. The
     * message being handled finishes, the children stop, {@link Actor#postStop} runs, watchers get
     * {@link Terminated}, and the messages still queued become dead letters (asks among them fail
     * with {@link ActorTerminatedException}). Returns at once; does nothing if already stopped.
     */
    void stop();
}
