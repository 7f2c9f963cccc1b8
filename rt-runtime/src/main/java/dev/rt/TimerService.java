package dev.rt;

import java.time.Duration;

/**
 * The one source of time of an {@link ActorSystem}: it drives ask timeouts and, as they land,
 * actor timers and restart backoff. The default runs on one daemon thread; tests pass a {@link
 * ManualClock} instead and advance it by hand, so that no test sleeps.
 *
 * <p>Threading: any thread may call any method. Tasks run on the service's own thread (or, for a
 * manual clock, on the thread that advances it); they must be short and must not block.
 * Memory consistency: actions before {@link #schedule} happen-before the task runs.
 */
public interface TimerService extends AutoCloseable {

    /** {@return the service's current time in nanoseconds, for measuring elapsed time only} */
    long nanoTime();

    /**
     * Runs {@code task} once after {@code delay}.
     *
     * @param delay how long to wait; zero or negative runs the task as soon as possible
     * @param task what to run
     * @return cancels the task
     */
    Cancellable schedule(Duration delay, Runnable task);

    /** Stops the service; tasks not yet run are dropped. */
    @Override
    void close();
}
