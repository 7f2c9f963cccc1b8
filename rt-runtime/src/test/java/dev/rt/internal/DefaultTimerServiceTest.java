package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Cancellable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The default timer service: what runs, in which order, on which thread; what cancelling
 * prevents; that an earlier deadline wakes the timer thread; that cancelled entries do not pile
 * up; and all of it with several threads scheduling and cancelling at once. No test measures
 * time: each waits for the tasks themselves, with generous limits.
 */
class DefaultTimerServiceTest {

    private static final long WAIT_SECONDS = 30;

    private final DefaultTimerService timers = new DefaultTimerService("timer-test", null);

    @AfterEach
    void close() {
        timers.close();
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(WAIT_SECONDS, TimeUnit.SECONDS), "the timer tasks did not run");
    }

    @Test
    void runsATaskOnTheTimerThread() throws InterruptedException {
        AtomicReference<String> thread = new AtomicReference<>();
        CountDownLatch ran = new CountDownLatch(1);
        timers.schedule(Duration.ofMillis(5), () -> {
            thread.set(Thread.currentThread().getName());
            ran.countDown();
        });
        await(ran);
        assertEquals("rt-timer-test-timer", thread.get());
    }

    @Test
    void zeroNegativeAndHugeDelaysAreAccepted() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(2);
        Cancellable far = timers.schedule(Duration.ofDays(1_000_000_000L), () -> { });
        timers.schedule(Duration.ZERO, ran::countDown);
        timers.schedule(Duration.ofSeconds(-5), ran::countDown);
        await(ran);
        assertTrue(far.cancel());
    }

    @Test
    void runsInDeadlineOrderAndEqualDeadlinesInSchedulingOrder() throws InterruptedException {
        List<Integer> order = new ArrayList<>(); // written by the timer thread only
        CountDownLatch ran = new CountDownLatch(103);
        // later deadlines first: the heap, not the order of scheduling, decides
        timers.schedule(Duration.ofMillis(300), () -> { order.add(-3); ran.countDown(); });
        timers.schedule(Duration.ofMillis(200), () -> { order.add(-2); ran.countDown(); });
        timers.schedule(Duration.ofMillis(100), () -> { order.add(-1); ran.countDown(); });
        for (int i = 0; i < 100; i++) { // the same delay from one thread: deadlines never fall
            int id = i;
            timers.schedule(Duration.ofMillis(400), () -> { order.add(id); ran.countDown(); });
        }
        await(ran);
        List<Integer> expected = new ArrayList<>(List.of(-1, -2, -3));
        for (int i = 0; i < 100; i++) {
            expected.add(i);
        }
        assertEquals(expected, order);
    }

    @Test
    void aCancelledTaskNeverRuns() throws InterruptedException {
        AtomicInteger cancelledRuns = new AtomicInteger();
        CountDownLatch after = new CountDownLatch(1);
        Cancellable c = timers.schedule(Duration.ofMillis(50), cancelledRuns::incrementAndGet);
        timers.schedule(Duration.ofMillis(100), after::countDown);
        assertTrue(c.cancel());
        assertFalse(c.cancel(), "a second cancel does nothing");
        await(after); // later than the cancelled one's deadline, and run by the same thread
        assertEquals(0, cancelledRuns.get());

        CountDownLatch ran = new CountDownLatch(1);
        Cancellable done = timers.schedule(Duration.ZERO, ran::countDown);
        await(ran);
        assertFalse(done.cancel(), "a task that ran cannot be cancelled");
    }

    @Test
    void anEarlierDeadlineWakesTheSleepingTimer() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        timers.schedule(Duration.ZERO, first::countDown);
        await(first); // the timer thread is up
        timers.schedule(Duration.ofHours(1), () -> { });
        awaitHeapSize(1); // it sleeps until in an hour
        CountDownLatch soon = new CountDownLatch(1);
        timers.schedule(Duration.ofMillis(10), soon::countDown);
        await(soon); // without the wake-up this would wait the hour
    }

    @Test
    void cancelledEntriesAreDroppedLongBeforeTheirDeadline() throws InterruptedException {
        Cancellable live = timers.schedule(Duration.ofHours(1), () -> { });
        for (int i = 0; i < 200_000; i++) {
            assertTrue(timers.schedule(Duration.ofHours(1), () -> { }).cancel());
        }
        CountDownLatch round = new CountDownLatch(1);
        timers.schedule(Duration.ZERO, round::countDown); // a round after the last cancel
        await(round);
        awaitHeapAtMost(2 * DefaultTimerService.PURGE_FLOOR + 2);
        assertTrue(live.cancel());
    }

    @Test
    void manyThreadsSchedulingAndCancellingLoseNothingAndRunNothingTwice() throws Exception {
        int threads = 4;
        int perThread = 20_000;
        AtomicIntegerArray runs = new AtomicIntegerArray(threads * perThread);
        boolean[][] cancelled = new boolean[threads][perThread];
        AtomicInteger expected = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int base = t * perThread;
            boolean[] mine = cancelled[t];
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        int id = base + i;
                        Cancellable c = timers.schedule(Duration.ofNanos(i % 3 * 500_000L),
                                () -> runs.incrementAndGet(id));
                        if (i % 2 == 0) {
                            mine[i] = c.cancel(); // false only if it already ran
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread w : workers) {
            w.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertFalse(w.isAlive(), "a scheduling thread did not finish");
        }
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                if (!cancelled[t][i]) {
                    expected.incrementAndGet();
                }
            }
        }
        CountDownLatch last = new CountDownLatch(1);
        timers.schedule(Duration.ofMillis(2), last::countDown); // after every deadline above
        await(last);
        int total = 0;
        for (int t = 0; t < threads; t++) {
            for (int i = 0; i < perThread; i++) {
                int n = runs.get(t * perThread + i);
                assertEquals(cancelled[t][i] ? 0 : 1, n, "task " + t + "/" + i);
                total += n;
            }
        }
        assertEquals(expected.get(), total);
    }

    @Test
    void carriersPushOntoLanesOfTheirOwnAndAnEndingCarrierLosesNothing() throws Exception {
        AtomicInteger started = new AtomicInteger();
        CarrierPool pool = new CarrierPool(2,
                p -> new CarrierThread(p, "timer-test-carrier-" + started.incrementAndGet(), null),
                (t, e) -> { });
        DefaultTimerService onPool = new DefaultTimerService("timer-pool-test", pool);
        try {
            int tasks = 500; // fewer than DRAIN_EVERY: later deadlines wait in the lanes
            CountDownLatch ran = new CountDownLatch(tasks);
            CountDownLatch scheduled = new CountDownLatch(tasks);
            for (int i = 0; i < tasks; i++) {
                pool.execute(() -> {
                    onPool.schedule(Duration.ofMillis(300), ran::countDown);
                    scheduled.countDown();
                });
            }
            await(scheduled);
            assertTrue(onPool.laneCount() >= 2, "lanes: " + onPool.laneCount());
            pool.shutdown(); // its carriers end, and hand what is left in their lanes on
            assertTrue(pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS));
            assertEquals(1, onPool.laneCount(), "only the shared inbox is left");
            await(ran);
        } finally {
            onPool.close();
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedServiceRefusesNewTasksAndItsThreadEnds() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch up = new CountDownLatch(1);
        timers.schedule(Duration.ZERO, up::countDown);
        await(up);
        timers.schedule(Duration.ofHours(1), runs::incrementAndGet); // it sleeps until then
        timers.close();
        RejectedExecutionException e = assertThrows(RejectedExecutionException.class,
                () -> timers.schedule(Duration.ZERO, runs::incrementAndGet));
        assertTrue(e.getMessage().contains("timer-test"), e.getMessage());
        Thread timer = findThread("rt-timer-test-timer");
        if (timer != null) { // null: it has ended already
            timer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertFalse(timer.isAlive(), "the timer thread did not end");
        }
        assertEquals(0, runs.get());
    }

    private static Thread findThread(String name) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                return t;
            }
        }
        return null;
    }

    private void awaitHeapSize(int size) {
        awaitHeap(n -> n == size);
    }

    private void awaitHeapAtMost(int size) {
        awaitHeap(n -> n <= size);
    }

    /** Polls the timer thread's heap size, which it publishes every round, until it is right. */
    private void awaitHeap(IntPredicate right) {
        long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!right.test(timers.heapSize())) {
            assertTrue(System.nanoTime() < limit, "heap size " + timers.heapSize());
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }
}
