package dev.rt;

/**
 * Told how long each {@code ask} took and how it ended: the hook behind ask-latency metrics
 * (such as {@code rt-micrometer}'s {@code rt.ask.latency} timer). Register one with {@link
 * EventStream#observeAsks}.
 *
 * <p>Cost: while none is registered, an ask pays one read of a volatile field of its system and
 * a null check, in {@code ask} itself, and nothing else (no clock read, no callback). While one
 * is, each ask also reads the system's clock ({@link TimerService#nanoTime()}) twice and adds
 * one completion callback to its reply stage.
 *
 * <p>What is observed: every ask to a local actor, through {@link ActorRef#ask}, a generated
 * handle or a pool, the asks of {@link dev.rt.supervision.Supervisor}'s client methods
 * included, whatever its outcome; an ask that fails at once (dead letter, full mailbox) is
 * observed too, with its short duration. An ask to an actor on another cluster node is not
 * observed on the asking node, since it passes through no local mailbox; the node that hosts
 * the actor asks it locally on the sender's behalf, and that local ask is observed there.
 *
 * <p>Threading: {@link #onAskCompleted} runs on the thread that completed the ask (it is
 * registered on the reply stage before the request is enqueued): the replying actor's thread,
 * the thread that completed a reply stage, the timer's thread for a timeout, or the asking
 * thread for an ask that failed at once. Calls come from many threads at once:
 * implementations are thread-safe, fast, and never block; one that throws is logged and its
 * exception dropped. The completion of the ask happens-before the call; the call and the
 * asker's own dependent stages are not ordered.
 */
@FunctionalInterface
public interface AskObserver {

    /**
     * One ask completed.
     *
     * @param path the path of the actor asked
     * @param requestType the class of the request
     * @param nanos how long from the call to {@code ask} to the completion, on the system's
     *     clock ({@link TimerService#nanoTime()}: a {@link ManualClock}'s time in tests)
     * @param failure null if the ask was answered; else why it failed: an {@link
     *     AskTimeoutException} for a timeout, the handler's exception, an {@link
     *     ActorTerminatedException} for a dead letter, a {@link MailboxFullException}...
     */
    void onAskCompleted(String path, Class<?> requestType, long nanos, Throwable failure);
}
