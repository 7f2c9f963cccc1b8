package dev.rt.samples.backpressure;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MailboxFullException;
import dev.rt.MonitorEvent;
import dev.rt.pool.Pool;
import dev.rt.pool.PoolRef;
import dev.rt.pool.Routing;
import dev.rt.samples.Console;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * A worker pool that processes a batch with backpressure: four workers with mailboxes of 8 that
 * REJECT what does not fit. The producer is faster than the workers; each rejection tells it to
 * slow down, and it retries the same job after a pause that grows while rejections continue.
 * Every job is processed exactly once; every rejection is reported to the monitor.
 */
public final class BackpressureDemo {

    private BackpressureDemo() {}

    /** Asks a worker how many jobs it did; the request waits for room like any message. */
    private static int doneOf(CruncherHandle worker) throws Exception {
        while (true) {
            try {
                return worker.done().toCompletableFuture().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof MailboxFullException)) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(1);
            }
        }
    }

    /**
     * Runs the sample.
     *
     * @param args ignored
     * @throws Exception if it cannot finish
     */
    public static void main(String[] args) throws Exception {
        LongAdder droppedEvents = new LongAdder();
        ActorSystemConfig config = ActorSystemConfig.builder().monitor(event -> {
            if (event instanceof MonitorEvent.MessageDropped) {
                droppedEvents.increment();
            }
        }).build();
        try (ActorSystem system = ActorSystem.create("backpressure", config)) {
            PoolRef<CrunchMsg> pool = Pool.start(system, "crunchers", 4,
                    CruncherHandle.childSpec("worker", siblings -> new Cruncher()),
                    Routing.roundRobin());
            int jobs = 2_000;
            int rejections = 0;
            long pauseMicros = 0;
            long slowedMicros = 0;
            for (int job = 1; job <= jobs; job++) {
                while (true) {
                    try {
                        pool.tell(new CrunchMsg.Crunch(job));
                        pauseMicros = Math.max(0, pauseMicros / 2); // recover speed
                        break;
                    } catch (MailboxFullException full) {
                        rejections++;
                        pauseMicros = Math.min(Math.max(pauseMicros * 2, 50), 5_000);
                        slowedMicros += pauseMicros;
                        TimeUnit.MICROSECONDS.sleep(pauseMicros); // the producer slows down
                    }
                }
            }
            int processed = 0;
            for (ActorRef<CrunchMsg> worker : pool.workers()) {
                int done = doneOf(CruncherHandle.of(worker));
                Console.say("  %s processed %d jobs", worker.path(), done);
                processed += done;
            }
            Console.say("submitted %d jobs; processed %d; the mailboxes rejected %d times"
                    + " (reported to the monitor: %d); the producer slowed down for %d ms in all",
                    jobs, processed, rejections, droppedEvents.sum(), slowedMicros / 1000);
        }
    }
}
