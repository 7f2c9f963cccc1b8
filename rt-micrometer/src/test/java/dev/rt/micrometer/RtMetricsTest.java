package dev.rt.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Accounting;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.AskTimeoutException;
import dev.rt.Mailbox;
import dev.rt.ManualClock;
import dev.rt.MonitorEvent;
import dev.rt.annotation.Overflow;
import dev.rt.annotation.Strategy;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RtMetrics} on a {@link SimpleMeterRegistry}, driven by a real system. Every wait is on
 * a latch, a future or an event; counts are read once the work is done, or once the system has
 * terminated (when the accounting is final).
 */
class RtMetricsTest {

    private static final long TIMEOUT = 30;

    private final ManualClock clock = new ManualClock();
    /** More carrier threads than the tests hold at once with {@link Sink}, whatever the CPUs. */
    private final ActorSystem system = ActorSystem.create("metrics",
            ActorSystemConfig.builder().timerService(clock).parallelism(4).build());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void stop() {
        system.close();
    }

    private RtMetrics bind(RtMetrics.Builder builder) {
        RtMetrics metrics = builder.snapshotMaxAge(Duration.ZERO).build();
        metrics.bindTo(registry);
        return metrics;
    }

    private double messages(String outcome) {
        return registry.get("rt.messages").tags("system", "metrics", "outcome", outcome)
                .functionCounter().count();
    }

    private double gauge(String name, String... tags) {
        return registry.get(name).tags("system", "metrics").tags(tags).gauge().value();
    }

    private double counter(String name) {
        return registry.get(name).tags("system", "metrics").counter().count();
    }

    private Timer askTimer(String outcome) {
        return registry.get("rt.ask.latency").tags("system", "metrics", "outcome", outcome)
                .timer();
    }

    /** Opens once the system has reported an event of this type for this path. */
    private CountDownLatch await(Class<? extends MonitorEvent> type, String path) {
        CountDownLatch latch = new CountDownLatch(1);
        system.events().subscribe(type, e -> {
            if (pathOf(e).equals(path)) {
                latch.countDown();
            }
        });
        return latch;
    }

    private static String pathOf(MonitorEvent e) {
        return switch (e) {
            case MonitorEvent.ActorStopped s -> s.path();
            case MonitorEvent.ActorRestarted r -> r.path();
            default -> "";
        };
    }

    private static void open(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(TIMEOUT, TimeUnit.SECONDS), "waited " + TIMEOUT + " s");
    }

    @Test
    void messagesByOutcomeAreTheAccountingsAndExactOnceTheSystemHasTerminated() throws Exception {
        bind(RtMetrics.builder(system));
        WorkerHandle w = WorkerHandle.spawn(system, "w", Worker::new);
        w.work(1);
        w.work(2);
        w.work(3);
        assertEquals(6L, w.total().toCompletableFuture().get(TIMEOUT, TimeUnit.SECONDS));

        WorkerHandle b = WorkerHandle.spawn(system, "b", Worker::new);
        CountDownLatch bStopped = await(MonitorEvent.ActorStopped.class, "/user/b");
        b.boom("failed"); // a top-level actor that fails stops
        open(bStopped);
        b.work(1); // a dead letter
        assertEquals(1, gauge("rt.actors.alive"), "w; b has terminated");

        // a mailbox of 2, its actor held: one message kept, one expires, one dropped
        WorkerHandle small = WorkerHandle.spawn(system, "small", Worker::new,
                Mailbox.bounded(2, Overflow.DROP_NEWEST));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        small.hold(entered, release);
        open(entered);
        small.work(1);
        small.ref().tellWithin(new WorkerMsg.Work(5), Duration.ofMillis(10));
        small.work(2); // dropped: the mailbox holds 2
        assertEquals(2, gauge("rt.mailbox.queued"));
        clock.advance(Duration.ofMillis(10));
        CountDownLatch expired = new CountDownLatch(1);
        system.events().subscribe(MonitorEvent.MessageExpired.class, e -> expired.countDown());
        release.countDown();
        open(expired); // the last one queued: the mailbox has room for the ask again
        assertEquals(1L, small.total().toCompletableFuture().get(TIMEOUT, TimeUnit.SECONDS));

        system.close();
        system.whenTerminated().toCompletableFuture().get(TIMEOUT, TimeUnit.SECONDS);
        Accounting acc = system.accounting();
        assertEquals(7, acc.processed(), "w: 3 works and a total; small: hold, work, total");
        assertEquals(7, messages("processed"));
        assertEquals(1, messages("failed"));
        assertEquals(1, messages("dropped"));
        assertEquals(1, messages("expired"));
        assertEquals(1, messages("dead-lettered"));
        assertEquals(acc.failed(), messages("failed"));
        assertEquals(acc.deadLettered(), messages("dead-lettered"));
        assertEquals(1, counter("rt.actor.failures"));
        assertEquals(0, gauge("rt.actors.alive"));
        assertEquals(0, gauge("rt.mailbox.queued"));
    }

    @Test
    void restartsAndEscalationsAreCountedFromTheEvents() throws Exception {
        bind(RtMetrics.builder(system));
        Supervisor sup = Supervisor.start(system, "sup",
                SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                        .intensity(2, Duration.ofHours(1))
                        .child(WorkerHandle.childSpec("w", siblings -> new Worker()))
                        .build());
        WorkerHandle w = WorkerHandle.of(sup.child("w"));
        for (int i = 1; i <= 2; i++) {
            Semaphore restarted = new Semaphore(0);
            var s = system.events().subscribe(MonitorEvent.ActorRestarted.class,
                    e -> restarted.release());
            w.boom("crash " + i);
            assertTrue(restarted.tryAcquire(TIMEOUT, TimeUnit.SECONDS));
            s.close();
            // the binder subscribed first: it has counted this restart before the test's latch
            assertEquals(i, counter("rt.actor.restarts"));
        }
        assertEquals(0, counter("rt.supervisor.escalations"));
        w.boom("crash 3"); // one too many: the supervisor gives up, the system fails
        ExecutionException failed = assertThrows(ExecutionException.class, () ->
                system.whenTerminated().toCompletableFuture().get(TIMEOUT, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof RuntimeException);
        assertEquals(1, counter("rt.supervisor.escalations"));
        assertEquals(2, counter("rt.actor.restarts"));
        assertEquals(3, counter("rt.actor.failures"));
        assertEquals(3, messages("failed"));
        assertEquals(0, counter("rt.actor.blocked"));
    }

    @Test
    void askLatencyIsTimedOnTheSystemsClockByOutcome() throws Exception {
        bind(RtMetrics.builder(system));
        Semaphore observed = new Semaphore(0);
        // registered after the binder's: told after it, on the same thread
        system.events().observeAsks((path, type, nanos, failure) -> observed.release());
        WorkerHandle w = WorkerHandle.spawn(system, "w", Worker::new);

        CompletableFuture<String> later = new CompletableFuture<>();
        CompletableFuture<String> reply = w.later(later).toCompletableFuture();
        clock.advance(Duration.ofMillis(5));
        later.complete("done");
        assertEquals("done", reply.get(TIMEOUT, TimeUnit.SECONDS));
        assertTrue(observed.tryAcquire(TIMEOUT, TimeUnit.SECONDS));

        CompletableFuture<String> hanging =
                w.later(new CompletableFuture<>(), Duration.ofMillis(200)).toCompletableFuture();
        clock.advance(Duration.ofMillis(200));
        ExecutionException timedOut = assertThrows(ExecutionException.class,
                () -> hanging.get(TIMEOUT, TimeUnit.SECONDS));
        assertInstanceOf(AskTimeoutException.class, timedOut.getCause());
        assertTrue(observed.tryAcquire(TIMEOUT, TimeUnit.SECONDS));

        assertThrows(ExecutionException.class, () ->
                w.boomAsk("no").toCompletableFuture().get(TIMEOUT, TimeUnit.SECONDS));
        assertTrue(observed.tryAcquire(TIMEOUT, TimeUnit.SECONDS));

        assertEquals(1, askTimer("success").count());
        assertEquals(5.0, askTimer("success").totalTime(TimeUnit.MILLISECONDS));
        assertEquals(1, askTimer("timeout").count());
        assertEquals(200.0, askTimer("timeout").totalTime(TimeUnit.MILLISECONDS));
        assertEquals(1, askTimer("failure").count());
        assertEquals(0.0, askTimer("failure").totalTime(TimeUnit.MILLISECONDS));
    }

    /** Holds {@code n} messages in the mailbox of each actor given, behind a held one. */
    private static void fill(CountDownLatch release, int n, WorkerMsgTarget... targets)
            throws InterruptedException {
        for (WorkerMsgTarget t : targets) {
            CountDownLatch entered = new CountDownLatch(1);
            t.tell(new WorkerMsg.Hold(entered, release));
            open(entered);
            for (int i = 0; i < n; i++) {
                t.tell(new WorkerMsg.Work(1));
            }
        }
    }

    /** Where {@link #fill} tells. */
    @FunctionalInterface
    private interface WorkerMsgTarget {
        void tell(WorkerMsg m);
    }

    @Test
    void mailboxDepthsAddUpPerBehaviorByDefault() throws Exception {
        bind(RtMetrics.builder(system));
        WorkerHandle a = WorkerHandle.spawn(system, "a", Worker::new);
        WorkerHandle b = WorkerHandle.spawn(system, "b", Worker::new);
        SinkHandle c = SinkHandle.spawn(system, "c", Sink::new);
        CountDownLatch release = new CountDownLatch(1);
        fill(release, 2, a.ref()::tell, b.ref()::tell);
        fill(release, 3, c.ref()::tell);
        assertEquals(Set.of("Worker", "Sink"), depthTags("behavior"));
        assertEquals(3, gauge("rt.actors.alive"));
        assertEquals(4, gauge("rt.mailbox.depth", "behavior", "Worker"));
        assertEquals(3, gauge("rt.mailbox.depth", "behavior", "Sink"));
        assertEquals(7, gauge("rt.mailbox.queued"));
        assertNull(registry.find("rt.mailbox.depth").tag("behavior", RtMetrics.OTHER).gauge());
        release.countDown();
    }

    @Test
    void pastTheCapTheRestAddsUpUnderOtherAndAFreedPlaceGoesToTheNext() throws Exception {
        bind(RtMetrics.builder(system).mailboxGauges(RtMetrics.MailboxGauges.PER_ACTOR)
                .maxTaggedGauges(2));
        WorkerHandle a = WorkerHandle.spawn(system, "a", Worker::new);
        WorkerHandle b = WorkerHandle.spawn(system, "b", Worker::new);
        WorkerHandle c = WorkerHandle.spawn(system, "c", Worker::new);
        WorkerHandle d = WorkerHandle.spawn(system, "d", Worker::new);
        CountDownLatch releaseA = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        fill(releaseA, 1, a.ref()::tell);
        fill(release, 2, b.ref()::tell);
        fill(release, 3, c.ref()::tell);
        fill(release, 4, d.ref()::tell);
        assertEquals(Set.of("/user/a", "/user/b", RtMetrics.OTHER), depthTags("path"));
        assertEquals(1, gauge("rt.mailbox.depth", "path", "/user/a"));
        assertEquals(2, gauge("rt.mailbox.depth", "path", "/user/b"));
        assertEquals(7, gauge("rt.mailbox.depth", "path", RtMetrics.OTHER), "c and d");

        CountDownLatch aStopped = await(MonitorEvent.ActorStopped.class, "/user/a");
        releaseA.countDown();
        a.stop();
        open(aStopped);
        assertEquals(Set.of("/user/b", "/user/c", RtMetrics.OTHER), depthTags("path"));
        assertEquals(3, gauge("rt.mailbox.depth", "path", "/user/c"));
        assertEquals(4, gauge("rt.mailbox.depth", "path", RtMetrics.OTHER), "d alone");
        release.countDown();
    }

    /** The tag values of the mailbox gauges, as they are after a meter read (a scrape). */
    private Set<String> depthTags(String key) {
        gauge("rt.actors.alive"); // a read takes a sample: the gauges follow it
        return registry.find("rt.mailbox.depth").gauges().stream()
                .map(g -> g.getId().getTag(key)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aCapOfZeroSumsEverythingUnderOther() throws Exception {
        bind(RtMetrics.builder(system).maxTaggedGauges(0));
        WorkerHandle a = WorkerHandle.spawn(system, "a", Worker::new);
        CountDownLatch release = new CountDownLatch(1);
        fill(release, 2, a.ref()::tell);
        assertEquals(Set.of(RtMetrics.OTHER), depthTags("behavior"));
        assertEquals(2, gauge("rt.mailbox.depth", "behavior", RtMetrics.OTHER));
        release.countDown();
    }

    @Test
    void closeUnsubscribesAndRemovesTheMeters() throws Exception {
        RtMetrics metrics = bind(RtMetrics.builder(system).tags(Tags.of("service", "orders")));
        metrics.bindTo(registry); // the same registry again: nothing more
        Semaphore observed = new Semaphore(0);
        // registered after the binder's: told after it, on the same thread
        system.events().observeAsks((path, type, nanos, failure) -> observed.release());
        Supervisor sup = Supervisor.start(system, "sup",
                SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                        .child(WorkerHandle.childSpec("w", siblings -> new Worker()))
                        .build());
        WorkerHandle w = WorkerHandle.of(sup.child("w"));
        assertEquals(0L, w.total().toCompletableFuture().get(TIMEOUT, TimeUnit.SECONDS));
        assertTrue(observed.tryAcquire(TIMEOUT, TimeUnit.SECONDS));
        Counter restarts = registry.get("rt.actor.restarts").tags("service", "orders").counter();
        Timer asks = registry.get("rt.ask.latency").tags("outcome", "success").timer();
        assertEquals(1, asks.count());
        gauge("rt.actors.alive"); // the first read after the spawns adds their mailbox gauge
        List<String> names = registry.getMeters().stream().map(m -> m.getId().getName())
                .distinct().sorted().toList();
        assertEquals(List.of("rt.actor.blocked", "rt.actor.failures", "rt.actor.restarts",
                "rt.actors.alive", "rt.ask.latency", "rt.mailbox.depth", "rt.mailbox.queued",
                "rt.messages", "rt.supervisor.escalations"), names);
        for (Meter m : registry.getMeters()) {
            assertEquals("metrics", m.getId().getTag("system"), m.getId().toString());
            assertEquals("orders", m.getId().getTag("service"), m.getId().toString());
        }

        metrics.close();
        metrics.close(); // idempotent
        assertEquals(List.of(), registry.getMeters());
        CountDownLatch restarted = await(MonitorEvent.ActorRestarted.class, "/user/sup/w");
        w.boom("after close");
        open(restarted);
        assertEquals(0L, w.total().toCompletableFuture().get(TIMEOUT, TimeUnit.SECONDS));
        assertTrue(observed.tryAcquire(TIMEOUT, TimeUnit.SECONDS));
        assertEquals(0, restarts.count(), "no longer subscribed");
        assertEquals(1, asks.count(), "no longer observing asks");
        IllegalStateException closed =
                assertThrows(IllegalStateException.class, () -> metrics.bindTo(registry));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    @Test
    void blockedTurnsAreCountedOncePerTurn() throws Exception {
        try (ActorSystem slow = ActorSystem.create("blocked", ActorSystemConfig.builder()
                .blockedThreshold(Duration.ofMillis(20)).build());
                RtMetrics metrics = RtMetrics.of(slow)) {
            metrics.bindTo(registry);
            CountDownLatch blocked = new CountDownLatch(1);
            slow.events().subscribe(MonitorEvent.ActorBlocked.class, e -> blocked.countDown());
            SinkHandle s = SinkHandle.spawn(slow, "s", Sink::new);
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            s.hold(entered, release);
            open(entered);
            open(blocked); // the carrier monitor saw the turn pass the threshold
            release.countDown();
            assertEquals(0L, s.total().toCompletableFuture().get(TIMEOUT, TimeUnit.SECONDS));
            assertEquals(1, registry.get("rt.actor.blocked").tags("system", "blocked").counter()
                    .count());
        }
    }

    @Test
    void badSettingsAreRejectedWithTheFix() {
        IllegalArgumentException cap = assertThrows(IllegalArgumentException.class,
                () -> RtMetrics.builder(system).maxTaggedGauges(-1));
        assertEquals("maxTaggedGauges must not be negative, got -1; use 0 to sum every mailbox"
                + " into the one gauge tagged _other, or mailboxGauges(MailboxGauges.NONE) for"
                + " none", cap.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RtMetrics.builder(system).snapshotMaxAge(Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> RtMetrics.builder(null));
        assertThrows(NullPointerException.class,
                () -> RtMetrics.builder(system).mailboxGauges(null));
    }

    @Test
    void withNoMailboxGaugesOnlyTheTotalIsKept() throws Exception {
        bind(RtMetrics.builder(system).mailboxGauges(RtMetrics.MailboxGauges.NONE));
        WorkerHandle a = WorkerHandle.spawn(system, "a", Worker::new);
        CountDownLatch release = new CountDownLatch(1);
        fill(release, 2, a.ref()::tell);
        assertEquals(2, gauge("rt.mailbox.queued"));
        assertNull(registry.find("rt.mailbox.depth").gauge());
        release.countDown();
    }
}
