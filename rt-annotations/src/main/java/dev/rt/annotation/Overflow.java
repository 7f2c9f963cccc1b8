package dev.rt.annotation;

/**
 * What a bounded mailbox does with a message that finds it full. Every message that is not
 * enqueued is reported to the monitor as {@code MonitorEvent.MessageDropped}: nothing disappears
 * unreported.
 */
public enum Overflow {
    /** {@code tell} throws {@code MailboxFullException}; {@code offer} returns {@code FULL}. */
    REJECT,
    /** The new message is dropped. */
    DROP_NEWEST,
    /** The oldest queued message is dropped to make room for the new one. */
    DROP_OLDEST,
    /**
     * The sender waits for room, up to the mailbox's block timeout, then gets {@code
     * MailboxFullException}. Never from inside an actor: a blocked actor thread could deadlock
     * the system, so RT refuses it with an {@code IllegalStateException}.
     */
    BLOCK
}
