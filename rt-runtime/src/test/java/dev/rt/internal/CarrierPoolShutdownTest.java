package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link CarrierPool}'s shutdown under racing submissions from outside the pool: its workers end
 * however the shutdown and a refused submission interleave (see "Shutdown" in its class comment).
 *
 * <p>The race needs an outside thread preempted between locking its submission queue and checking
 * for shutdown while {@code shutdown} runs, so the test makes it likely rather than certain: many
 * more submitting threads than processors, shut down in the middle of their submissions, round
 * after round. Without the repeated shutdown, one round in a few hundred left the workers parked
 * for their keep-alive on the development machine (2 processors; 9 rounds of 1,000 in a plain
 * {@link ForkJoinPool}, and this test failed in round 411 and in round 121 of two runs). The pool
 * is watched through its workers' threads only: {@code isTerminated} and {@code
 * awaitTermination} would themselves finish the termination.
 */
class CarrierPoolShutdownTest {

    private static final int ROUNDS = 500;
    private static final int SUBMITTERS = 16;

    @Test
    void workersEndAfterShutdownRacingRefusedSubmissions() throws Exception {
        AtomicInteger refused = new AtomicInteger();
        for (int round = 0; round < ROUNDS; round++) {
            List<Thread> workers = new CopyOnWriteArrayList<>();
            CarrierPool pool = new CarrierPool(2, p -> {
                var w = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
                workers.add(w);
                return w;
            }, null);
            AtomicInteger submitted = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            Thread[] submitters = new Thread[SUBMITTERS];
            for (int i = 0; i < SUBMITTERS; i++) {
                submitters[i] = Thread.ofPlatform().start(() -> {
                    awaitQuietly(go);
                    try {
                        while (true) {
                            pool.execute(ForkJoinTask.adapt(() -> { }));
                            submitted.incrementAndGet();
                        }
                    } catch (RejectedExecutionException e) {
                        refused.incrementAndGet();
                    }
                });
            }
            go.countDown();
            while (submitted.get() < 100 + round % 200) {
                Thread.onSpinWait();
            }
            pool.shutdown();
            for (Thread t : submitters) {
                t.join(TimeUnit.SECONDS.toMillis(30));
                assertFalse(t.isAlive(), "a submission was never refused after shutdown");
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (Thread w : workers) {
                w.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                if (w.isAlive()) {
                    fail("round " + round + ": a worker outlived the pool's shutdown ("
                            + w.getState() + "), the pool " + pool);
                }
            }
        }
        assertEquals(ROUNDS * SUBMITTERS, refused.get(), "every submitter ended refused");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
