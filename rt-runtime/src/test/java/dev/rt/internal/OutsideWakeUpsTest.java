package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import dev.rt.internal.DeferredListTest.Task;
import org.junit.jupiter.api.Test;

/**
 * The stack of wake-ups from outside the pool ({@link OutsideWakeUps}): what a push returns,
 * what a take returns, and under contention between senders and a drain that keeps taking, that
 * every task comes out exactly once, each sender's tasks in the order it pushed them, and that
 * the pushes that asked for a drain match the takes that found tasks one for one (so no batch is
 * left without a drain, and no drain is queued for nothing). The tasks are {@link
 * DeferredListTest}'s. The system-level side, tells from many threads to many idle actors, is in
 * {@code TellTest}.
 */
class OutsideWakeUpsTest {

    @Test
    void onlyThePushThatFindsTheStackEmptyAsksForADrainAndATakeReturnsThePushOrder() {
        OutsideWakeUps stack = new OutsideWakeUps();
        assertNull(stack.takeAll());
        Task a = new Task(0);
        Task b = new Task(1);
        Task c = new Task(2);
        assertTrue(stack.push(a), "the first push queues the drain");
        assertFalse(stack.push(b), "a drain is already queued");
        assertFalse(stack.push(c));
        LinkedTask list = stack.takeAll();
        assertSame(a, list);
        assertSame(b, list.deferredNext);
        assertSame(c, list.deferredNext.deferredNext);
        assertNull(c.deferredNext);
        assertNull(stack.takeAll(), "a take empties the stack");
        a.deferredNext = null;
        b.deferredNext = null;
        assertTrue(stack.push(a), "after a take, the next push queues the next drain");
    }

    @Test
    void underContentionEveryTaskComesOutOnceInEachSendersOrderAndDrainsMatchBatches()
            throws Exception {
        int senders = 3;
        int perSender = 100_000;
        OutsideWakeUps stack = new OutsideWakeUps();
        AtomicIntegerArray taken = new AtomicIntegerArray(senders * perSender);
        AtomicLong drainsAsked = new AtomicLong();
        AtomicReference<String> problem = new AtomicReference<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
        int[] nextSeq = new int[senders]; // the drain's thread only
        long[] batches = new long[1];
        Thread drain = new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            boolean last = false;
            while (!last) {
                last = !sending.get(); // one more take after the senders have stopped
                LinkedTask t = stack.takeAll();
                if (t != null) {
                    batches[0]++;
                }
                while (t != null) {
                    int id = ((Task) t).id;
                    t = t.deferredNext;
                    int sender = id / perSender;
                    int seq = id % perSender;
                    if (taken.getAndIncrement(id) != 0) {
                        problem.compareAndSet(null, "taken twice: " + sender + "/" + seq);
                    }
                    if (seq != nextSeq[sender]) {
                        problem.compareAndSet(null, "sender " + sender + ": " + seq
                                + " came when " + nextSeq[sender] + " was due");
                    }
                    nextSeq[sender] = seq + 1;
                }
            }
        }, "outside-wake-ups-drain");
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int sender = s;
            threads.add(new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perSender; i++) {
                    if (stack.push(new Task(sender * perSender + i))) {
                        drainsAsked.incrementAndGet();
                    }
                }
            }, "outside-wake-ups-sender-" + s));
        }
        drain.start();
        threads.forEach(Thread::start);
        go.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
            assertFalse(t.isAlive(), t.getName() + " did not finish within 60 s");
        }
        sending.set(false);
        drain.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(drain.isAlive(), "the drain did not finish within 60 s");
        assertNull(problem.get());
        for (int i = 0; i < taken.length(); i++) {
            assertEquals(1, taken.get(i), "task " + i + " taken " + taken.get(i) + " times");
        }
        assertEquals(drainsAsked.get(), batches[0],
                "every push that asked for a drain starts a batch that exactly one take ends");
        assertTrue(batches[0] >= 1);
    }
}
