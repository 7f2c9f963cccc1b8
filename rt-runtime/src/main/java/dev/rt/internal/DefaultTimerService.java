package dev.rt.internal;

import dev.rt.Cancellable;
import dev.rt.TimerService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The default {@link TimerService}: one daemon thread over a {@link
 * ScheduledThreadPoolExecutor} that removes cancelled tasks at once, so that a million asks
 * answered in time leave no garbage behind. Thread-safe.
 */
final class DefaultTimerService implements TimerService {

    private final ScheduledThreadPoolExecutor executor;

    DefaultTimerService(String systemName) {
        executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "rt-" + systemName + "-timer");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> f = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
