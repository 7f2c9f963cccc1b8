package dev.rt.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The cells that threads outside a system's pool have woken since a carrier last took them: a
 * stack linked through {@link LinkedTask#deferredNext}, so a wake-up allocates nothing. The
 * {@link Scheduler} queues one pool task per batch, the drain ({@link Scheduler#drainOutside}),
 * instead of one pool submission per cell (see "Wake-ups from outside" there).
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
 *   <li>Memory consistency: what the pushing thread did before its push happens-before what the
 *       taking thread does with the task after the take (the CAS and the swap are volatile).
 * </ul>
 */
final class OutsideWakeUps {

    private static final VarHandle TOP;

    static {
        try {
            TOP = MethodHandles.lookup().findVarHandle(OutsideWakeUps.class, "top",
                    LinkedTask.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The newest task, linked to the older ones; null when empty. */
    private volatile LinkedTask top;

    /**
     * Pushes a task. Any thread.
     *
     * @param task a task in no other list
     * @return whether the stack was empty, so that the caller must queue a drain
     */
    boolean push(LinkedTask task) {
        LinkedTask head;
        do {
            head = top;
            task.deferredNext = head;
        } while (!TOP.compareAndSet(this, head, task));
        return head == null;
    }

    /**
     * Takes every task, in the order they were pushed, linked through {@link
     * LinkedTask#deferredNext}; the caller clears each link before it hands the task on. Any
     * thread.
     *
     * @return the oldest task, or null if there was none
     */
    LinkedTask takeAll() {
        LinkedTask newest = (LinkedTask) TOP.getAndSet(this, (LinkedTask) null);
        LinkedTask ordered = null;
        while (newest != null) { // newest first: reverse it to the order of the pushes
            LinkedTask next = newest.deferredNext;
            newest.deferredNext = ordered;
            ordered = newest;
            newest = next;
        }
        return ordered;
    }
}
