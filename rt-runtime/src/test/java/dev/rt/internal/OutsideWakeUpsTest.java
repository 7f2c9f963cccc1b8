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
        WakeUpEntry list = stack.takeAll();
        assertSame(a, list);
        assertSame(b, list.nextWakeUp);
        assertSame(c, list.nextWakeUp.nextWakeUp);
        assertNull(c.nextWakeUp);
        assertNull(stack.takeAll(), "a take empties the stack");
        a.nextWakeUp = null;
        b.nextWakeUp = null;
        assertTrue(stack.push(a), "after a take, the next push queues the next drain");
    }

    @Test
    void underContentionEveryTaskComesOutOnceInEachSendersOrderAndDrainsMatchBatches()
            throws Exception {
        int senders = 3;
        int perSender = 100_000;
        OutsideWakeUps stack = new OutsideWakeUps();
        Ledger ledger = new Ledger(senders, perSender); // the drain's thread only
        AtomicLong drainsAsked = new AtomicLong();
        AtomicBoolean sending = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
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
                WakeUpEntry t = stack.takeAll();
                if (t != null) {
                    batches[0]++;
                }
                ledger.record(t);
            }
        }, "outside-wake-ups-drain");
        List<Thread> threads = senders(stack, senders, perSender, go, drainsAsked::incrementAndGet);
        drain.start();
        threads.forEach(Thread::start);
        go.countDown();
        joinAll(threads);
        sending.set(false);
        joinAll(List.of(drain));
        ledger.assertEachTakenOnceInOrder();
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
        Ledger ledger = new Ledger(senders, perSender); // under the lock of take
        Semaphore drainsQueued = new Semaphore(0);
        AtomicLong batchesStarted = new AtomicLong();
        AtomicLong claimsTaken = new AtomicLong();
        AtomicLong drainsTaken = new AtomicLong();
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicBoolean lingering = new AtomicBoolean(true);
        CountDownLatch go = new CountDownLatch(1);
        // takes a batch and checks it; the lock orders the checks, not the takes' race with pushes
        Consumer<String> take = taker -> {
            synchronized (ledger) {
                WakeUpEntry t = stack.takeAll();
                if (t == null) {
                    ledger.problem(taker + " found no batch to take");
                }
                ledger.record(t);
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
                    ledger.problem("the only carrier could not offer itself");
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
        List<Thread> threads = senders(stack, senders, perSender, go, () -> {
            batchesStarted.incrementAndGet();
            if (!stack.claim()) {
                drainsQueued.release();
            }
        });
        carrier.start();
        drain.start();
        threads.forEach(Thread::start);
        go.countDown();
        joinAll(threads);
        sending.set(false);
        joinAll(List.of(carrier, drain));
        ledger.assertEachTakenOnceInOrder();
        assertEquals(batchesStarted.get(), claimsTaken.get() + drainsTaken.get(),
                "every batch has exactly one taker: the carrier it claimed, or its drain");
        assertTrue(drainsTaken.get() >= 1 || claimsTaken.get() >= 1);
    }

    /**
     * Threads that, once {@code go} opens, each push {@code perSender} tasks numbered {@code
     * sender * perSender + i} in order, and run {@code onEmptyPush} after each push that found the
     * stack empty (where the scheduler claims a carrier or queues a drain).
     */
    private static List<Thread> senders(OutsideWakeUps stack, int senders, int perSender,
            CountDownLatch go, Runnable onEmptyPush) {
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
                        onEmptyPush.run();
                    }
                }
            }, "outside-wake-ups-sender-" + s));
        }
        return threads;
    }

    /** Waits for each thread, failing if one is still running after 60 seconds. */
    private static void joinAll(List<Thread> threads) throws InterruptedException {
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
            assertFalse(t.isAlive(), t.getName() + " did not finish within 60 s");
        }
    }

    /**
     * What the takes got, checked as they go: every task taken once, each sender's tasks in the
     * order it pushed them. One thread at a time records (the caller's thread or lock).
     */
    private static final class Ledger {
        private final int perSender;
        private final AtomicIntegerArray taken;
        private final int[] nextSeq;
        private final AtomicReference<String> problem = new AtomicReference<>();

        Ledger(int senders, int perSender) {
            this.perSender = perSender;
            this.taken = new AtomicIntegerArray(senders * perSender);
            this.nextSeq = new int[senders];
        }

        /** Notes the first problem seen; any thread. */
        void problem(String what) {
            problem.compareAndSet(null, what);
        }

        /** Checks and counts a taken list, oldest first; null for an empty take. */
        void record(WakeUpEntry first) {
            for (WakeUpEntry t = first; t != null; t = t.nextWakeUp) {
                int id = ((Task) t).id;
                int sender = id / perSender;
                int seq = id % perSender;
                if (taken.getAndIncrement(id) != 0) {
                    problem("taken twice: " + sender + "/" + seq);
                }
                if (seq != nextSeq[sender]) {
                    problem("sender " + sender + ": " + seq + " came when " + nextSeq[sender]
                            + " was due");
                }
                nextSeq[sender] = seq + 1;
            }
        }

        /** After every take: no problem seen, and every task taken exactly once. */
        void assertEachTakenOnceInOrder() {
            assertNull(problem.get());
            for (int i = 0; i < taken.length(); i++) {
                assertEquals(1, taken.get(i), "task " + i + " taken " + taken.get(i) + " times");
            }
        }
    }
}
