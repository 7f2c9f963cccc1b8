package dev.rt.leak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.AskTimeoutException;
import dev.rt.ManualClock;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * A million asks that time out leave nothing behind: no pending timeout, no promise that the
 * runtime still holds, no heap growth and no thread. The actor runs on the default executor and
 * never answers; a {@link ManualClock} times the asks out when the test advances it, so nothing
 * sleeps. The number of asks is {@code -Drt.leak.asks} (default 1,000,000).
 */
class TimedOutAskLeakTest {

    static final int ASKS = Integer.getInteger("rt.leak.asks", 1_000_000);
    private static final int BATCH = 1_000;
    private static final int WARMUP = 50_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** The heap may grow this much at most; a leak of 20 bytes per ask exceeds it. */
    private static final long HEAP_SLACK = 20L * 1024 * 1024;

    @Test
    void timedOutAsksLeaveHeapAndThreadsFlat() {
        ManualClock clock = new ManualClock();
        int jvmThreadsBefore = Footprint.threads();
        ActorSystem system = ActorSystem.create("leak-ask",
                ActorSystemConfig.builder().timerService(clock).build());
        try {
            ActorRef<Sink.Msg> sink =
                    system.spawn("sink", Sink::new, Sink.SinkDescriptor.INSTANCE);
            asks(sink, clock, WARMUP, null);
            long heapBefore = Footprint.heapAfterGc();
            int threadsBefore = Footprint.threadsBesidesWorkers("leak-ask");
            List<WeakReference<CompletionStage<String>>> samples = new ArrayList<>();
            long start = System.nanoTime();
            asks(sink, clock, ASKS, samples);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long heapAfter = Footprint.heapAfterGc();
            int threadsAfter = Footprint.threadsBesidesWorkers("leak-ask");
            int reachable = Footprint.stillReachable(samples);
            System.out.printf("leak: %,d timed-out asks in %,d ms; heap after GC %s -> %s"
                    + " (%+,d bytes); threads %d -> %d; sampled asks still reachable: %d of %d%n",
                    ASKS, millis, Footprint.mb(heapBefore), Footprint.mb(heapAfter),
                    heapAfter - heapBefore, threadsBefore, threadsAfter, reachable, samples.size());
            assertEquals(0, clock.pending(), "timeouts left on the clock");
            assertEquals(0, reachable, "timed-out asks are still reachable");
            assertTrue(heapAfter - heapBefore < HEAP_SLACK, "the heap grew by "
                    + Footprint.mb(heapAfter - heapBefore) + " over " + ASKS + " asks");
            assertTrue(threadsAfter <= threadsBefore, "threads: " + threadsBefore + " before, "
                    + threadsAfter + " after");
            int own = Footprint.threadsNamed("rt-leak-ask-").size();
            // the workers, and a few service threads of the system (timer, carrier monitor)
            int bound = system.config().parallelism() + 3;
            assertTrue(own <= bound, "the system runs " + own + " threads; at most " + bound);
        } finally {
            system.close();
        }
        for (Thread t : Footprint.threadsNamed("rt-leak-ask")) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertEquals(List.of(), Footprint.threadsNamed("rt-leak-ask"),
                "threads of the closed system are still alive");
        assertTrue(Footprint.threads() <= jvmThreadsBefore, "the JVM has "
                + Footprint.threads() + " threads after close, " + jvmThreadsBefore + " before");
    }

    /**
     * Asks {@code n} requests that are never answered, {@link #BATCH} at a time: each batch is
     * timed out by moving the clock, checked, and then the actor is caught up with (a {@code
     * Sync} request, answered in order after the batch) so that its mailbox stays small.
     */
    private static void asks(ActorRef<Sink.Msg> sink, ManualClock clock, int n,
            List<WeakReference<CompletionStage<String>>> samples) {
        List<CompletableFuture<String>> batch = new ArrayList<>(BATCH);
        for (int done = 0; done < n; done += BATCH) {
            batch.clear();
            for (int i = 0; i < BATCH; i++) {
                CompletionStage<String> reply = sink.ask(new Sink.Hang(), TIMEOUT);
                batch.add(reply.toCompletableFuture());
                if (samples != null && i == 0) {
                    samples.add(new WeakReference<>(reply));
                }
            }
            int ran = clock.advance(TIMEOUT);
            assertEquals(BATCH, ran, "timeouts that fired");
            for (CompletableFuture<String> f : batch) {
                assertTrue(f.isCompletedExceptionally()
                        && f.exceptionNow() instanceof AskTimeoutException,
                        () -> "an ask did not time out: " + f);
            }
            // the clock does not move while this waits, so only the answer can complete it
            sink.ask(new Sink.Sync(), TIMEOUT).toCompletableFuture().join();
        }
        batch.clear();
    }
}
