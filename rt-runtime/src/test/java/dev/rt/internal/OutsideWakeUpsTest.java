package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import dev.rt.internal.DeferredListTest.Task;
import org.junit.jupiter.api.Test;

/**
 * The stack of wake-ups from outside the pool ({@link OutsideWakeUps}): what a push returns,
 * what a take returns, and under contention between senders and a drain that keeps taking, that
 * every task comes out exactly once, each sender's tasks in the order it pushed them, and that
 * the pushes that asked for a drain match the takes that found tasks one for one (so no batch is
 * left without a drain, and no drain is queued for nothing). The tasks are {@link
 * DeferredListTest}'s. Then the lingering carrier's claim ({@link OutsideWakeUps#claim}): who
 * may claim, and under contention between senders, a carrier that offers itself and withdraws
 * over and over, and a drain that takes only when a push queued one, that each batch has exactly
 * one taker and that taker finds it. The system-level side, tells from many threads to many idle
 * actors, is in {@code TellTest}.
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

    @Test
    void aPushClaimsTheOfferedCarrierOnceAndAWithdrawnCarrierCannotBeClaimed() {
        OutsideWakeUps stack = new OutsideWakeUps();
        Thread carrier = new Thread(() -> { });
        Thread other = new Thread(() -> { });
        assertFalse(stack.claim(), "no carrier offered: the pusher queues a drain");
        assertTrue(stack.offer(carrier));
        assertFalse(stack.offer(other), "one carrier is offered at a time");
        assertTrue(stack.stillOffered(carrier));
        assertTrue(stack.push(new Task(0)));
        assertTrue(stack.claim(), "the push that found the stack empty claims the carrier");
        assertFalse(stack.stillOffered(carrier), "the carrier sees the claim while it spins");
        assertFalse(stack.withdraw(carrier), "a claimed carrier cannot withdraw: it takes");
        assertFalse(stack.claim(), "a carrier is claimed once per offer");
        assertTrue(stack.offer(other), "after the claim another carrier may offer itself");
        assertTrue(stack.withdraw(other));
        assertFalse(stack.claim(), "a withdrawn carrier is not claimed");
    }

    @Test
    void underContentionEachBatchHasOneTakerTheClaimedCarrierOrADrainAndItFindsTheBatch()
            throws Exception {
        int senders = 2;
        int perSender = 100_000;
        OutsideWakeUps stack = new OutsideWakeUps();
        AtomicIntegerArray taken = new AtomicIntegerArray(senders * perSender);
        AtomicReference<String> problem = new AtomicReference<>();
        Semaphore drainsQueued = new Semaphore(0);
        AtomicLong batchesStarted = new AtomicLong();
        AtomicLong claimsTaken = new AtomicLong();
        AtomicLong drainsTaken = new AtomicLong();
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicBoolean lingering = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
        int[] nextSeq = new int[senders]; // under the lock of take
        Object lock = new Object();
        // takes a batch and checks it; the lock orders the checks, not the takes' race with pushes
        Consumer<String> take = taker -> {
            synchronized (lock) {
                LinkedTask t = stack.takeAll();
                if (t == null) {
                    problem.compareAndSet(null, taker + " found no batch to take");
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
        };
        Thread carrier = new Thread(() -> {
            Thread me = Thread.currentThread();
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            while (sending.get()) {
                if (!stack.offer(me)) {
                    problem.compareAndSet(null, "the only carrier could not offer itself");
                    return;
                }
                boolean claimed = false;
                for (int spin = 0; spin < 64 && !claimed; spin++) {
                    claimed = !stack.stillOffered(me);
                    Thread.onSpinWait();
                }
                if (claimed || !stack.withdraw(me)) {
                    claimsTaken.incrementAndGet();
                    take.accept("the claimed carrier");
                }
            }
            lingering.set(false);
        }, "outside-wake-ups-carrier");
        Thread drain = new Thread(() -> {
            try {
                go.await();
                while (true) {
                    if (drainsQueued.tryAcquire(10, TimeUnit.MILLISECONDS)) {
                        drainsTaken.incrementAndGet();
                        take.accept("a drain");
                    } else if (!lingering.get() && drainsQueued.availablePermits() == 0) {
                        return; // the senders and the carrier are done, and no drain is owed
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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
                        batchesStarted.incrementAndGet();
                        if (!stack.claim()) {
                            drainsQueued.release();
                        }
                    }
                }
            }, "outside-wake-ups-sender-" + s));
        }
        carrier.start();
        drain.start();
        threads.forEach(Thread::start);
        go.countDown();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
            assertFalse(t.isAlive(), t.getName() + " did not finish within 60 s");
        }
        sending.set(false);
        carrier.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(carrier.isAlive(), "the carrier did not finish within 60 s");
        drain.join(TimeUnit.SECONDS.toMillis(60));
        assertFalse(drain.isAlive(), "the drain did not finish within 60 s");
        assertNull(problem.get());
        for (int i = 0; i < taken.length(); i++) {
            assertEquals(1, taken.get(i), "task " + i + " taken " + taken.get(i) + " times");
        }
        assertEquals(batchesStarted.get(), claimsTaken.get() + drainsTaken.get(),
                "every batch has exactly one taker: the carrier it claimed, or its drain");
        assertTrue(drainsTaken.get() >= 1 || claimsTaken.get() >= 1);
    }
}
