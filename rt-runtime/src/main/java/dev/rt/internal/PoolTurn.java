package dev.rt.internal;

import java.util.concurrent.ForkJoinTask;

/**
 * One queuing of a cell's turn, or of the drain of wake-ups from outside ({@link
 * Scheduler#drainOutside}), in the system's {@link CarrierPool}: a new task each time, used once.
 * These are the pool's only tasks; cells are not tasks themselves.
 *
 * <p>Why not one task per cell, queued at every wake-up, which would allocate nothing: a
 * {@link java.util.concurrent.ForkJoinPool} takes a task from another thread's queue by reading
 * the queue's base index and the task in that slot, then clearing the slot by CAS from that task
 * to null and writing the base it read plus one. The CAS checks the task, not the index. A thief
 * preempted between its read and its CAS while the queue's owner takes and queues a whole array's
 * worth of tasks finds the same object in the same slot if that task was queued there again, clears
 * it, and writes a base that is a whole array behind. The owner then waits for the base to move
 * past an empty slot, spinning forever, and every task in its queue with it: Savina Big and
 * Fork-Join throughput hung so, a carrier at full CPU in {@code nextLocalTask} and every actor
 * of the run waiting (issue 17; docs/benchmarks.md, change 21). A task queued only once cannot be
 * found again: the CAS fails, and the thief reads the base again. The JDK's own {@code
 * execute(Runnable)} queues a new adapter each time too.
 *
 * <p>What it costs: 24 bytes per queuing in the pool. A handoff through a carrier's slot, a wait
 * in a deferred list, a batch of wake-ups from outside that a lingering carrier takes, and a busy
 * actor that stays on its carrier queue nothing in the pool, so request-reply chains, rings and a
 * busy actor's stream of messages allocate nothing for scheduling; a batch of wake-ups from
 * outside that no carrier lingers for queues one task, the drain.
 *
 * <p>Concurrency: made by the thread that queues it, published by the pool's queuing; run once
 * by the carrier that takes it, or taken out unrun by a carrier that stands aside ({@link
 * Scheduler}), which queues a new one for the same target.
 */
@SuppressWarnings("serial") // a ForkJoinTask by inheritance only; never serialized
final class PoolTurn extends ForkJoinTask<Void> {

    private static final long serialVersionUID = 1L;

    /** A {@link CellCore} to run a turn of, or the {@link Scheduler} whose drain to run. */
    final transient Object target;

    /**
     * Creates the task.
     *
     * @param target a scheduled cell, or the scheduler, for its drain
     */
    PoolTurn(Object target) {
        this.target = target;
    }

    /**
     * {@return the calling pool thread's next task in its own queue, taken out unrun, or null}
     * A pool thread; for a carrier that stands aside (see {@link Scheduler}).
     */
    static ForkJoinTask<?> pollLocal() {
        return pollNextLocalTask();
    }

    @Override
    protected boolean exec() {
        if (target instanceof CellCore cell) {
            cell.system.scheduler().exec(cell);
        } else {
            ((Scheduler) target).drainOutside();
        }
        return false; // used once and never joined: no completion to record
    }

    @Override
    public Void getRawResult() {
        return null;
    }

    @Override
    protected void setRawResult(Void value) {}
}
