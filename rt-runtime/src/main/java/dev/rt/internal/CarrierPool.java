package dev.rt.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * A system's own pool: a {@link ForkJoinPool} in FIFO mode whose tasks are {@link ActorCell}s
 * (and, among the submissions from outside, the drain of {@link OutsideWakeUps}), with one
 * addition, {@link #pollOutside}, for fairness.
 *
 * <p>Why: a carrier runs the tasks of its own queue until that queue is empty before it looks
 * at work submitted from outside the pool (tells from application threads, timers). Actors that
 * keep feeding each other on one carrier would starve that work for as long as they run. So a
 * carrier that reschedules a cell onto its own queue, or ends a long handoff chain, then runs
 * one outside submission itself ({@link Scheduler#exec}).
 */
final class CarrierPool extends ForkJoinPool {

    CarrierPool(int parallelism, ForkJoinWorkerThreadFactory factory,
            Thread.UncaughtExceptionHandler handler) {
        super(parallelism, factory, handler, true);
    }

    /**
     * Removes the oldest submission from outside the pool, if any, unrun: a cell, or the drain
     * of the cells woken from outside ({@link OutsideWakeUps}); the {@link Scheduler} runs what
     * it stands for. Called by a carrier of this pool, between turns.
     *
     * @return the task, or null if there was none
     */
    ForkJoinTask<?> pollOutside() {
        return pollSubmission();
    }
}
