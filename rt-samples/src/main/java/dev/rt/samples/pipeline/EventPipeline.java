package dev.rt.samples.pipeline;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MonitorEvent;
import dev.rt.Topic;
import dev.rt.samples.Console;
import dev.rt.samples.pipeline.Records.Raw;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An event pipeline: ingestion → validation → enrichment → storage, connected by topics. One bad
 * record fails the validator, which is reported and restarted; the rest flows on.
 */
public final class EventPipeline {

    private EventPipeline() {}

    /**
     * Runs the sample.
     *
     * @param args ignored
     * @throws Exception if it cannot finish
     */
    public static void main(String[] args) throws Exception {
        List<String> lines = List.of("r1, 1000", "r2, 2500", "oops", "r3, 400", "r4, 9900");
        CountDownLatch restarted = new CountDownLatch(1);
        ActorSystemConfig config = ActorSystemConfig.builder().monitor(event -> {
            if (event instanceof MonitorEvent.ActorFailed f) {
                Console.say("  monitor: %s failed: %s", f.path(), f.cause().getMessage());
            } else if (event instanceof MonitorEvent.ActorRestarted r) {
                Console.say("  monitor: %s restarted; its subscription stays", r.path());
                restarted.countDown();
            }
        }).build();
        try (ActorSystem system = ActorSystem.create("pipeline", config)) {
            PipelineSupervisor pipeline =
                    PipelineSupervisor.start(system, "pipeline", new Pipeline() {});
            pipeline.whichChildren().toCompletableFuture().get(10, TimeUnit.SECONDS); // started
            Topic<Raw> raw = system.topic("raw", Raw.class);
            for (String line : lines) {
                raw.publish(new Raw(line)); // ingestion
            }
            if (!restarted.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the validator was not restarted");
            }
            int stored = 0;
            for (int i = 0; i < 1_000 && stored < lines.size() - 1; i++) {
                stored = pipeline.store().stored().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
            Console.say("stored %d of %d records; the bad one was reported, not lost", stored,
                    lines.size());
            Console.say("%s", system.snapshot().render());
        }
    }
}
