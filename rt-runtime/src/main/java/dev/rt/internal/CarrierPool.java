package dev.rt.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * A system's own pool: a {@link ForkJoinPool} in FIFO mode whose tasks are {@link PoolTurn}s,
 * one for each queuing of a cell's turn (and, among the submissions from outside, of the drain
 * of {@link OutsideWakeUps}), never the cells themselves (see there why), with two additions:
 * {@link #pollOutside}, for fairness, and a shutdown that a refused submission cannot stall.
 *
 * <p><b>Fairness.</b> A carrier runs the tasks of its own queue until that queue is empty before
 * it looks at work submitted from outside the pool (tells from application threads, timers).
 * Actors that keep feeding each other on one carrier would starve that work for as long as they
 * run. So a carrier that reschedules a cell onto its own queue, or ends a long handoff chain,
 * then runs one outside submission itself ({@link Scheduler#exec}).
 *
 * <p><b>Shutdown.</b> {@link #shutdown} terminates a {@code ForkJoinPool} at once only if the
 * pool is quiescent; otherwise the last worker to go idle terminates it. A submission queue that
 * a thread outside the pool holds locked counts as not quiescent, and a submission locks its
 * queue before it checks for shutdown. So when {@code shutdown} runs while every worker is idle
 * and an outside thread is between that lock and that check (preempted there, say), the pool
 * stays shutting down: that submission is refused, and no worker is active to terminate the pool
 * later. Its idle workers would wait out their keep-alive (a minute) instead of ending with the
 * system. So {@link #execute(ForkJoinTask)} repeats the shutdown when it is refused, after the
 * refusing call has released its queue: it then finds the pool quiescent and terminates it, or a
 * worker active that terminates it when it goes idle. Only a submission from outside the pool is
 * ever refused (a carrier's own queue takes tasks after shutdown too), and only after the system
 * has shut the pool down, so the repeat changes nothing else. {@code externalSubmit} needs no
 * repeat: only carriers call it ({@link Scheduler}'s hand-over while another carrier runs solo),
 * and a carrier is an active worker, whose own going idle finishes the termination.
 */
final class CarrierPool extends ForkJoinPool {

    CarrierPool(int parallelism, ForkJoinWorkerThreadFactory factory,
            Thread.UncaughtExceptionHandler handler) {
        super(parallelism, factory, handler, true);
    }

    /**
     * Queues a task, as {@link ForkJoinPool#execute(ForkJoinTask)} does; if the pool refuses it,
     * repeats the shutdown first (see "Shutdown" in the class comment). Any thread.
     *
     * @throws RejectedExecutionException if the pool shuts down
     */
    @Override
    public void execute(ForkJoinTask<?> task) {
        try {
            super.execute(task);
        } catch (RejectedExecutionException e) {
            shutdown();
            throw e;
        }
    }

    /**
     * Removes the oldest submission from outside the pool, if any, unrun: the {@link PoolTurn}
     * of a cell, or of the drain of the cells woken from outside ({@link OutsideWakeUps}); the
     * {@link Scheduler} runs what it stands for. Called by a carrier of this pool, between turns.
     *
     * @return the task, or null if there was none
     */
    ForkJoinTask<?> pollOutside() {
        return pollSubmission();
    }
}
