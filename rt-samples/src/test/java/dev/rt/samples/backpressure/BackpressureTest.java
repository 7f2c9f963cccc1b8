package dev.rt.samples.backpressure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MonitorEvent;
import dev.rt.OfferResult;
import dev.rt.pool.Pool;
import dev.rt.pool.PoolRef;
import dev.rt.pool.Routing;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/** The pool with bounded mailboxes accounts for every job. */
class BackpressureTest {

    @Test
    void everyJobIsProcessedOnceAndEveryRefusalIsReported() throws Exception {
        LongAdder dropped = new LongAdder();
        try (ActorSystem system = ActorSystem.create("bp", ActorSystemConfig.builder()
                .monitor(e -> {
                    if (e instanceof MonitorEvent.MessageDropped) {
                        dropped.increment();
                    }
                }).build())) {
            PoolRef<CrunchMsg> pool = Pool.start(system, "crunchers", 3,
                    CruncherHandle.childSpec("w", siblings -> new Cruncher()),
                    Routing.roundRobin());
            int jobs = 600;
            int full = 0;
            for (int job = 1; job <= jobs; job++) {
                while (pool.offer(new CrunchMsg.Crunch(job)) == OfferResult.FULL) {
                    full++;
                    Thread.yield(); // the producer gives way: backpressure, no sleeping
                }
            }
            int processed = 0;
            for (ActorRef<CrunchMsg> worker : pool.workers()) {
                processed += CruncherHandle.of(worker).done().toCompletableFuture()
                        .get(60, TimeUnit.SECONDS);
            }
            assertEquals(jobs, processed);
            assertEquals(full, dropped.sum(), "every refusal is reported");
        }
    }
}
