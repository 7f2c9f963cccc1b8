package dev.rt;

/** What {@link ActorRef#offer} did with a message. */
public enum OfferResult {
    /** Enqueued (under {@code DROP_OLDEST}, possibly in place of the oldest, which is reported). */
    ACCEPTED,
    /** Not enqueued: the bounded mailbox is full; reported as dropped. */
    FULL,
    /** Not enqueued: the actor has stopped; reported as a dead letter. */
    DEAD
}
