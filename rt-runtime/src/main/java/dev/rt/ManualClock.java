package dev.rt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A {@link TimerService} whose time moves only when told: by {@link #advance}. Pass it to
 * {@link ActorSystemConfig.Builder#timerService} and ask timeouts, actor timers, restart backoff,
 * restart-intensity windows and health checks run on a time that a test or a simulation moves
 * by hand, deterministically, without sleeping.
 *
 * <pre>{@code
 * ManualClock clock = new ManualClock();
 * ActorSystem system = ActorSystem.create("t", ActorSystemConfig.builder().timerService(clock).build());
 * CompletionStage<Long> reply = handle.get(Duration.ofSeconds(1));
 * clock.advance(Duration.ofSeconds(1));   // the ask times out now, on this thread
 * }</pre>
 *
 * <p>Threading: any thread may schedule and cancel. {@link #advance} runs the due tasks on the
 * calling thread, in order of due time (ties in order of scheduling), including tasks that the
 * running tasks schedule within the same window. It synchronizes on itself: made for tests and
 * simulations, not for a production system's timers.
 *
 * <p>It is part of the runtime's API, not of the testkit (module {@code dev.rt.testkit}, the
 * {@code rt-testkit} artifact): the runtime's own tests drive their time with it, and they cannot
 * depend on the testkit, which depends on the runtime. Users' tests and simulations need no
 * other dependency for it. See {@code docs/testing.md}.
 */
public final class ManualClock implements TimerService {

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long now;
    private long sequence;

    /** Creates a clock at time zero. */
    public ManualClock() {}

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        long at = now + Math.max(0, delay.toNanos());
        Task t = new Task(at, sequence++, task);
        queue.add(t);
        return () -> cancel(t);
    }

    private synchronized boolean cancel(Task t) {
        return queue.remove(t);
    }

    /**
     * Moves time forward and runs every task that falls due, on this thread.
     *
     * @param by how far to move; not negative
     * @return how many tasks ran
     */
    public int advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward; got " + by);
        }
        long target;
        synchronized (this) {
            target = now + by.toNanos();
        }
        int ran = 0;
        while (true) {
            Task next;
            synchronized (this) {
                next = queue.peek();
                if (next == null || next.at > target) {
                    now = target;
                    return ran;
                }
                queue.poll();
                now = next.at;
            }
            next.task.run();
            ran++;
        }
    }

    /** {@return how many tasks are waiting} */
    public synchronized int pending() {
        return queue.size();
    }

    /** {@return the due times of the waiting tasks, relative to now, soonest first} */
    public synchronized List<Duration> pendingDelays() {
        List<Task> tasks = new ArrayList<>(queue);
        tasks.sort(null);
        List<Duration> out = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            out.add(Duration.ofNanos(t.at - now));
        }
        return out;
    }

    /** Drops every waiting task. */
    @Override
    public synchronized void close() {
        queue.clear();
    }

    private record Task(long at, long seq, Runnable task) implements Comparable<Task> {
        @Override
        public int compareTo(Task o) {
            int c = Long.compare(at, o.at);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
