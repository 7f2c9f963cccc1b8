package dev.rt;

/**
 * An actor's stash: messages it has set aside, to handle later, when it is ready for them, as
 * Pekko's {@code StashBuffer} and OTP's selective receive allow. Obtained with {@link
 * ActorContext#stash()}.
 *
 * <pre>{@code
 * void on(AccountMsg.Withdraw m, ActorContext<AccountMsg> context) {
 *     if (!open) {
 *         context.stash().stash();      // handled again after unstashAll()
 *         return;
 *     }
 *     ...
 * }
 *
 * void on(AccountMsg.Opened m, ActorContext<AccountMsg> context) {
 *     open = true;
 *     context.stash().unstashAll();     // every stashed message, in order, before the mailbox
 * }
 * }</pre>
 *
 * <p><b>What is stashed.</b> {@link #stash()} sets aside the message being handled, with its
 * reply: a stashed request is answered by the handler that finally handles it, and whatever the
 * handler that stashed it returns is ignored. A message sent with {@code tellWithin} met its
 * deadline when it was first taken; a stashed one does not expire.
 *
 * <p><b>Unstashing.</b> {@link #unstashAll()} makes every stashed message, in the order stashed,
 * the next ones the actor handles: after the current handler returns, before anything in the
 * mailbox, {@code @Priority} messages included; signals (a stop, a watched actor's termination)
 * still come first, as they do before any message. A replayed message that is stashed again goes
 * to the end of the stash, and is not replayed again by the same {@code unstashAll()}.
 *
 * <p><b>Capacity.</b> The stash holds at most {@link #capacity()} messages ({@link
 * #DEFAULT_CAPACITY}, or what the behavior the actor was spawned as declares), counting those
 * stashed and those unstashed but not yet handled; {@link #stash()} on a full stash throws {@link
 * StashOverflowException}, which fails the actor like any exception of a handler (its supervisor
 * decides), and the message stays where it was counted: the failing message is not stashed.
 *
 * <p><b>Nothing is lost.</b> Stashed messages count as queued in {@link ActorSystem#accounting()}
 * (they are counted as processed once a handler has handled them). When the actor stops, they
 * become dead letters, before those left in the mailbox, and a stashed request fails with {@link
 * ActorTerminatedException}. When it restarts, they are unstashed: the fresh instance handles
 * them first, in order, since they were accepted and a restart must not drop them (the message
 * whose handler failed is not retried, as ever).
 *
 * <p><b>Threads.</b> The actor's own thread only, inside a handler (or {@code preStart}, {@code
 * onTerminated}, for {@link #unstashAll()} and the counts): an {@link IllegalStateException}
 * otherwise. An actor that never calls {@link ActorContext#stash()} has no stash, and the
 * runtime's only cost for the feature is one null check per message handled; nothing on the
 * sending side.
 */
public interface Stash {

    /**
     * The capacity of a stash unless its behavior declares another, {@value}: {@code
     * @ActorBehavior(stashCapacity = ...)}, read through {@link
     * dev.rt.spi.BehaviorDescriptor#stashCapacity()}.
     */
    int DEFAULT_CAPACITY = 1_000;

    /**
     * Sets the message being handled aside, with its reply if it is a request.
     *
     * @throws StashOverflowException if the stash is full
     * @throws IllegalStateException if no message is being handled (in {@code preStart}, or
     *     outside the actor), or it is already stashed
     */
    void stash();

    /**
     * Makes every stashed message, in order, the next the actor handles, before its mailbox.
     *
     * @return how many messages were unstashed
     * @throws IllegalStateException if called outside the actor's thread
     */
    int unstashAll();

    /** {@return how many messages are stashed or unstashed but not yet handled} */
    int size();

    /** {@return whether no message is stashed} */
    default boolean isEmpty() {
        return size() == 0;
    }

    /** {@return whether {@link #stash()} would overflow} */
    default boolean isFull() {
        return size() >= capacity();
    }

    /** {@return how many messages the stash holds at most} */
    int capacity();
}
