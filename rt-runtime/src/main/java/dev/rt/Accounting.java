package dev.rt;

/**
 * Where every message sent to an {@link ActorSystem}'s actors went: RT's promise is that nothing
 * is lost without a report, so every message is in exactly one of these buckets. From {@link
 * ActorSystem#accounting()}; the counters stay on, since they cost a plain increment per
 * message handled and an atomic one per exceptional outcome.
 *
 * <p>The numbers are read while actors run: they are exact when no message is in flight, for
 * example once {@link ActorSystem#whenTerminated()} has completed, and approximate otherwise.
 * (A {@code close} that gave up and abandoned actors returns before they have finished: the
 * numbers move until each has.) Then, for the messages
 * the users sent (tell, offer, tellWithin, ask, and publish for each subscriber),
 * <pre>{@code sent == processed + failed + dropped + expired + deadLettered + cancelledTimers
 *         + queued - timerMessages}</pre>
 * where {@code timerMessages} counts the messages the runtime itself sent for actors' timers.
 *
 * @param processed handled by a handler that returned
 * @param failed handled by a handler that threw (reported as {@code ActorFailed}; not retried)
 * @param dropped not kept by a bounded mailbox (reported as {@code MessageDropped})
 * @param expired past their deadline when their turn came (reported as {@code MessageExpired})
 * @param deadLettered sent to, or left queued for, an actor that stopped (reported as {@code
 *     DeadLetter}; a dead-lettered ask fails at once)
 * @param cancelledTimers timer messages not delivered because their timer was cancelled or
 *     replaced, or their actor stopped
 * @param queued still waiting in a mailbox, or set aside in an actor's {@link Stash}
 * @param timerMessages sent by the runtime for actors' timers (included in the buckets above)
 */
public record Accounting(long processed, long failed, long dropped, long expired,
        long deadLettered, long cancelledTimers, long queued, long timerMessages) {

    /** {@return every message accounted for: the sum of all the buckets} */
    public long total() {
        return processed + failed + dropped + expired + deadLettered + cancelledTimers + queued;
    }

    /** {@return the messages the users sent, as accounted for: {@link #total()} minus the timers'} */
    public long sentByUsers() {
        return total() - timerMessages;
    }
}
