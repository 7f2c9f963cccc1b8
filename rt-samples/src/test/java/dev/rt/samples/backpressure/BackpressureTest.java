package dev.rt.samples.backpressure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MailboxFullException;
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

    /** Asks a worker how much it did; a full mailbox refuses the request too, so retry. */
    private int refusedRequests;

    private int done(CruncherHandle worker) throws Exception {
        while (true) {
            try {
                return worker.done().toCompletableFuture().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof MailboxFullException)) {
                    throw e;
                }
                refusedRequests++;
                Thread.yield();
            }
        }
    }

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
                processed += done(CruncherHandle.of(worker));
            }
            assertEquals(jobs, processed);
            assertEquals(full + refusedRequests, dropped.sum(), "every refusal is reported");
        }
    }
}
