package dev.rt.samples.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.MonitorEvent;
import dev.rt.samples.pipeline.Records.Raw;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A bad record fails one stage, is reported, and the rest flows on. */
class EventPipelineTest {

    @Test
    void theBadRecordIsReportedAndTheRestIsStored() throws Exception {
        List<MonitorEvent.ActorFailed> failures = new CopyOnWriteArrayList<>();
        CountDownLatch restarted = new CountDownLatch(1);
        try (ActorSystem system = ActorSystem.create("pipeline", ActorSystemConfig.builder()
                .monitor(e -> {
                    if (e instanceof MonitorEvent.ActorFailed f) {
                        failures.add(f);
                    } else if (e instanceof MonitorEvent.ActorRestarted) {
                        restarted.countDown();
                    }
                }).build())) {
            PipelineSupervisor pipeline =
                    PipelineSupervisor.start(system, "p", new Pipeline() {});
            pipeline.whichChildren().toCompletableFuture().get(30, TimeUnit.SECONDS);
            for (String line : List.of("a,1", "b,2", "bad", "c,3")) {
                system.topic("raw", Raw.class).publish(new Raw(line));
            }
            assertTrue(restarted.await(30, TimeUnit.SECONDS));
            int stored = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (stored < 3 && System.nanoTime() < deadline) {
                stored = pipeline.store().stored().toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
            assertEquals(3, stored);
            assertEquals(1, failures.size());
            assertEquals("/user/p/validator", failures.get(0).path());
            assertEquals(1, system.topic("raw", Raw.class).subscriberCount(),
                    "the restarted validator is still subscribed, once");
        }
    }
}
