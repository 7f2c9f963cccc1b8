package dev.rt.leak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MonitorEvent;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * A million actors spawned and stopped, one after the other on the default executor, leave
 * nothing behind: no cell, reference or name that the system still holds, no heap growth and no
 * thread. The number of cycles is {@code -Drt.leak.cycles} (default 1,000,000).
 *
 * <p>The test never sleeps: a semaphore keeps at most {@link #WINDOW} actors alive at a time,
 * and the monitor releases it on each {@code ActorStopped}.
 */
class SpawnStopLeakTest {

    static final int CYCLES = Integer.getInteger("rt.leak.cycles", 1_000_000);
    private static final int WINDOW = 1_000;
    private static final int WARMUP = 50_000;
    /** The heap may grow this much at most; a leak of 20 bytes per cycle exceeds it. */
    private static final long HEAP_SLACK = 20L * 1024 * 1024;

    @Test
    void spawnStopCyclesLeaveHeapAndThreadsFlat() throws Exception {
        Semaphore alive = new Semaphore(WINDOW);
        LongAdder stopped = new LongAdder();
        int jvmThreadsBefore = Footprint.threads();
        ActorSystem system = ActorSystem.create("leak-spawn", ActorSystemConfig.builder()
                .monitor(event -> {
                    if (event instanceof MonitorEvent.ActorStopped) {
                        stopped.increment();
                        alive.release();
                    }
                })
                .build());
        try {
            cycles(system, alive, "warm-", WARMUP, null);
            long heapBefore = Footprint.heapAfterGc();
            int threadsBefore = Footprint.threadsBesidesWorkers("leak-spawn");
            List<WeakReference<ActorRef<Sink.Msg>>> samples = new ArrayList<>();
            long start = System.nanoTime();
            cycles(system, alive, "a-", CYCLES, samples);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long heapAfter = Footprint.heapAfterGc();
            int threadsAfter = Footprint.threadsBesidesWorkers("leak-spawn");
            int reachable = Footprint.stillReachable(samples);
            System.out.printf("leak: %,d spawn/stop cycles in %,d ms; heap after GC %s -> %s"
                    + " (%+,d bytes); threads %d -> %d; sampled actors still reachable: %d of %d%n",
                    CYCLES, millis, Footprint.mb(heapBefore), Footprint.mb(heapAfter),
                    heapAfter - heapBefore, threadsBefore, threadsAfter, reachable, samples.size());
            assertEquals(WARMUP + (long) CYCLES, stopped.sum(), "every actor stopped");
            assertEquals(0, system.snapshot().actors().size(), "the system still lists actors");
            assertEquals(0, reachable, "stopped actors are still reachable from the system");
            assertTrue(heapAfter - heapBefore < HEAP_SLACK, "the heap grew by "
                    + Footprint.mb(heapAfter - heapBefore) + " over " + CYCLES + " cycles");
            assertTrue(threadsAfter <= threadsBefore, "threads: " + threadsBefore + " before, "
                    + threadsAfter + " after");
            int own = Footprint.threadsNamed("rt-leak-spawn-").size();
            // the workers, and a few service threads of the system (timer, carrier monitor)
            int bound = system.config().parallelism() + 3;
            assertTrue(own <= bound, "the system runs " + own + " threads; at most " + bound);
        } finally {
            system.close();
        }
        for (Thread t : Footprint.threadsNamed("rt-leak-spawn")) {
            t.join(10_000);
        }
        assertEquals(List.of(), Footprint.threadsNamed("rt-leak-spawn"),
                "threads of the closed system are still alive");
        assertTrue(Footprint.threads() <= jvmThreadsBefore, "the JVM has "
                + Footprint.threads() + " threads after close, " + jvmThreadsBefore + " before");
    }

    /** Spawns, tells and stops {@code n} actors, and returns when all of them have stopped. */
    private static void cycles(ActorSystem system, Semaphore alive, String prefix, int n,
            List<WeakReference<ActorRef<Sink.Msg>>> samples) throws InterruptedException {
        for (int i = 0; i < n; i++) {
            alive.acquire();
            ActorRef<Sink.Msg> ref =
                    system.spawn(prefix + i, Sink::new, Sink.SinkDescriptor.INSTANCE);
            ref.tell(new Sink.Ping());
            ref.stop();
            if (samples != null && i % 1_000 == 0) {
                samples.add(new WeakReference<>(ref));
            }
        }
        alive.acquire(WINDOW); // every actor of this round has stopped
        alive.release(WINDOW);
    }
}
