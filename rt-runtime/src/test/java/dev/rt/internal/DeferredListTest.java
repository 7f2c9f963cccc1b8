package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A carrier's list of deferred wake-ups ({@link CarrierThread#defer}): what a take returns, and
 * that under contention between the carrier and a monitor that keeps taking, every task comes
 * out exactly once and each take returns its tasks in the order they were deferred. The carrier
 * is never started; the test's threads play the carrier and the monitor on its real methods.
 */
class DeferredListTest {

    private static final ForkJoinPool POOL = new ForkJoinPool(1);

    @AfterAll
    static void shutdown() {
        POOL.shutdown();
    }

    /** An entry the list can hold; never run. */
    static final class Task extends WakeUpEntry {
        final int id;

        Task(int id) {
            this.id = id;
        }
    }

    private static CarrierThread carrier() {
        return new CarrierThread(POOL, "deferred-list-test", null);
    }

    @Test
    void aTakeReturnsEveryDeferredTaskInTheOrderTheyWereDeferredAndEmptiesTheList() {
        CarrierThread c = carrier();
        assertNull(c.takeDeferred());
        Task a = new Task(1);
        Task b = new Task(2);
        Task d = new Task(3);
        c.defer(a, 0, Long.MAX_VALUE);
        c.defer(b, 0, Long.MAX_VALUE);
        c.defer(d, 0, Long.MAX_VALUE);
        assertTrue(c.hasDeferred());
        WakeUpEntry list = c.takeDeferred();
        assertEquals(a, list);
        assertEquals(b, list.nextWakeUp);
        assertEquals(d, list.nextWakeUp.nextWakeUp);
        assertNull(d.nextWakeUp);
        assertTrue(!c.hasDeferred());
        assertNull(c.takeDeferred());
    }

    @Test
    void aDeferSaysWhenTheListsFirstTaskHasWaitedItsBatchTime() {
        CarrierThread c = carrier();
        assertTrue(!c.defer(new Task(1), 1_000, 100), "the first task starts the list's clock");
        assertTrue(!c.defer(new Task(2), 1_099, 100), "99 ns after the first");
        assertTrue(c.defer(new Task(3), 1_100, 100), "100 ns after the first");
        c.takeDeferred();
        assertTrue(!c.defer(new Task(4), 5_000, 100), "a new list starts a new clock");
    }

    @Test
    void underContentionWithAMonitorEveryTaskComesOutOnceAndInOrder() throws Exception {
        int n = 200_000;
        CarrierThread c = carrier();
        Task[] tasks = new Task[n];
        for (int i = 0; i < n; i++) {
            tasks[i] = new Task(i);
        }
        AtomicReferenceArray<String> takenBy = new AtomicReferenceArray<>(n);
        AtomicReference<String> problem = new AtomicReference<>();
        CountDownLatch pushed = new CountDownLatch(1);
        CountDownLatch monitorDone = new CountDownLatch(1);
        Thread monitor = new Thread(() -> {
            try {
                while (pushed.getCount() > 0) {
                    drain(c.takeDeferred(), "monitor", takenBy, problem);
                }
            } finally {
                monitorDone.countDown();
            }
        }, "deferred-list-monitor");
        monitor.start();
        for (int i = 0; i < n; i++) {
            c.defer(tasks[i], 0, Long.MAX_VALUE);
            if (i % 64 == 63) {
                drain(c.takeDeferred(), "carrier", takenBy, problem); // a long turn ends
            }
        }
        pushed.countDown();
        assertTrue(monitorDone.await(60, TimeUnit.SECONDS), "the monitor thread did not end");
        drain(c.takeDeferred(), "carrier", takenBy, problem);
        assertNull(problem.get());
        for (int i = 0; i < n; i++) {
            assertTrue(takenBy.get(i) != null, "task " + i + " was never taken");
        }
    }

    /** Records who took each task of a list, and any task taken twice or out of order. */
    private static void drain(WakeUpEntry list, String who, AtomicReferenceArray<String> takenBy,
            AtomicReference<String> problem) {
        int last = -1;
        WakeUpEntry next = list;
        while (next != null) {
            Task t = (Task) next;
            next = t.nextWakeUp;
            t.nextWakeUp = null;
            if (t.id <= last) {
                problem.compareAndSet(null, who + " took task " + t.id + " after " + last);
            }
            last = t.id;
            if (!takenBy.compareAndSet(t.id, null, who)) {
                problem.compareAndSet(null, "task " + t.id + " taken by " + takenBy.get(t.id)
                        + " and by " + who);
            }
        }
    }
}
