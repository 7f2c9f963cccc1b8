package dev.rt.samples.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.ActorTerminatedException;
import dev.rt.MonitorEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The counter sample, end to end through its generated handle. */
class CounterTest {

    @Test
    void incrementsAndAnswersThroughTheGeneratedHandle() {
        try (ActorSystem system = ActorSystem.create("counter")) {
            CounterHandle counter = CounterHandle.spawn(system, "c", Counter::new);
            counter.increment(5);
            counter.increment(37);
            assertEquals(42L, counter.get().toCompletableFuture().join());
            assertEquals(42L, counter.get(Duration.ofSeconds(30)).toCompletableFuture().join());
            assertEquals("/user/c", counter.ref().path());
            assertEquals(counter, CounterHandle.of(counter.ref()));
        }
    }

    @Test
    void aCrashIsReportedAndLaterMessagesAreDeadLetters() throws Exception {
        List<MonitorEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        try (ActorSystem system = ActorSystem.create("crash", ActorSystemConfig.builder()
                .monitor(e -> {
                    events.add(e);
                    if (e instanceof MonitorEvent.ActorStopped) {
                        stopped.countDown();
                    }
                }).build())) {
            CounterHandle counter = CounterHandle.spawn(system, "c", Counter::new);
            counter.crash("simulated");
            assertEquals(true, stopped.await(30, TimeUnit.SECONDS));
            MonitorEvent.ActorFailed failed = events.stream()
                    .filter(MonitorEvent.ActorFailed.class::isInstance)
                    .map(MonitorEvent.ActorFailed.class::cast).findFirst().orElseThrow();
            assertEquals("Crash", failed.messageType());
            assertEquals("simulated", failed.cause().getMessage());

            counter.increment(1);
            CompletableFuture<Long> get = counter.get().toCompletableFuture();
            ExecutionException e =
                    assertThrows(ExecutionException.class, () -> get.get(30, TimeUnit.SECONDS));
            assertInstanceOf(ActorTerminatedException.class, e.getCause());
            assertEquals(2, events.stream().filter(MonitorEvent.DeadLetter.class::isInstance).count());
        }
    }
}
