package dev.rt.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The cells that threads outside a system's pool have woken since a carrier last took them: a
 * stack linked through {@link WakeUpEntry#nextWakeUp}, so a wake-up allocates nothing. The
 * {@link Scheduler} queues one pool task per batch, the drain ({@link Scheduler#drainOutside}),
 * instead of one pool submission per cell, or, while a carrier lingers for work, hands the batch
 * to that carrier and queues nothing (see "Wake-ups from outside" there).
 *
 * <h2>Concurrency</h2>
 *
 * <ul>
 *   <li>Any number of threads {@link #push}; one CAS each, retried on contention. A task is
 *       pushed only by the thread that won its cell's IDLE to SCHEDULED CAS, so it is in no
 *       other list, and its link is written before the publishing CAS.
 *   <li>{@link #takeAll} empties the stack with one swap; any thread. Each task it returns was
 *       pushed once and is returned once: a push either lands before the swap (and is in the
 *       returned list) or after it (and is in the stack for the next take).
 *   <li>A push that finds the stack empty returns true, and its caller then queues a drain. The
 *       stack becomes empty only through a take, so while a drain waits in the pool unstarted the
 *       stack holds at least the task whose push queued it, and no push returns true: at most one
 *       drain waits at a time, and every pushed task is taken by a drain that was queued after
 *       its push or was still waiting.
 *   <li>A carrier that lingers for work may {@link #offer} itself as the next batch's taker, and
 *       a push that finds the stack empty may then {@link #claim} it instead of queuing a drain.
 *       The carrier leaves by {@link #withdraw}. Claim and withdraw are CASes of one field from
 *       that carrier to null, so exactly one of them succeeds: either the claim, and the claimed
 *       carrier takes the batch once it sees the claim, or the withdrawal, and the pusher queues
 *       a drain. So every batch has exactly one taker, a drain or a claimed carrier, and while it
 *       has not taken, the stack holds at least the task whose push made the claim (the stack
 *       empties only through a take). Only a carrier offers and withdraws itself; any thread
 *       claims.
 *   <li>Memory consistency: what the pushing thread did before its push happens-before what the
 *       taking thread does with the task after the take (the CAS and the swap are volatile); a
 *       successful claim follows its push, and the claimed carrier takes after it has read the
 *       claim, so its take finds that task.
 * </ul>
 */
final class OutsideWakeUps {

    private static final VarHandle TOP;

    private static final VarHandle LINGERER;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            TOP = l.findVarHandle(OutsideWakeUps.class, "top", WakeUpEntry.class);
            LINGERER = l.findVarHandle(OutsideWakeUps.class, "lingerer", Thread.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The newest task, linked to the older ones; null when empty. */
    private volatile WakeUpEntry top;
    /**
     * A carrier that lingers for work and will take the next batch if a pusher claims it, or
     * null (see {@link #offer}). Read on every spin of the lingering carrier; written only when
     * a carrier offers or withdraws itself and when a pusher claims it.
     */
    private volatile Thread lingerer;

    /**
     * Pushes a task. Any thread.
     *
     * @param task a task in no other list
     * @return whether the stack was empty, so that the caller must queue a drain
     */
    boolean push(WakeUpEntry task) {
        WakeUpEntry head;
        do {
            head = top;
            task.nextWakeUp = head;
        } while (!TOP.compareAndSet(this, head, task));
        return head == null;
    }

    /**
     * Offers the calling carrier, which is about to linger for work, as the taker of the next
     * batch. The carrier's own thread.
     *
     * @param carrier the calling carrier
     * @return whether it is now the offered carrier; false if another one is
     */
    boolean offer(Thread carrier) {
        return LINGERER.compareAndSet(this, (Thread) null, carrier);
    }

    /**
     * {@return whether {@code carrier}, which offered itself, is still unclaimed} The offering
     * carrier's thread, while it lingers.
     *
     * @param carrier the carrier that offered itself
     */
    boolean stillOffered(Thread carrier) {
        return lingerer == carrier;
    }

    /**
     * Withdraws the offer of a carrier that stops lingering.
     *
     * @param carrier the carrier that offered itself; its own thread
     * @return true if it was withdrawn; false if a pusher claimed the carrier first, which must
     *     then take the batch ({@link #takeAll})
     */
    boolean withdraw(Thread carrier) {
        return LINGERER.compareAndSet(this, carrier, (Thread) null);
    }

    /**
     * Claims the offered carrier, if there is one, to take the batch that the caller's push has
     * just started. The thread whose {@link #push} returned true.
     *
     * @return whether a carrier was claimed; if not, the caller queues a drain
     */
    boolean claim() {
        Thread carrier = lingerer;
        return carrier != null && LINGERER.compareAndSet(this, carrier, (Thread) null);
    }

    /**
     * Takes every task, in the order they were pushed, linked through {@link
     * WakeUpEntry#nextWakeUp}; the caller clears each link before it hands the task on. Any
     * thread.
     *
     * @return the oldest task, or null if there was none
     */
    WakeUpEntry takeAll() {
        WakeUpEntry newest = (WakeUpEntry) TOP.getAndSet(this, (WakeUpEntry) null);
        WakeUpEntry ordered = null;
        while (newest != null) { // newest first: reverse it to the order of the pushes
            WakeUpEntry next = newest.nextWakeUp;
            newest.nextWakeUp = ordered;
            ordered = newest;
            newest = next;
        }
        return ordered;
    }
}
