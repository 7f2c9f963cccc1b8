package dev.rt.processor;

import static dev.rt.processor.Sources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs generated supervisors on a real actor system: the health checks that {@code @Child} sets,
 * and {@code started()} and {@code startAndWait} of the generated class.
 *
 * <p>Time is a {@code ManualClock}: the drivers move it by hand, wait (at most 30 seconds) for the
 * timers they expect, and wait on latches and futures with the same bound; nothing sleeps. As in
 * {@link GeneratedCodeRunsTest}, the drivers are compiled with the trees, against the real runtime
 * API, and return a transcript that the tests compare.
 */
class GeneratedSupervisorRunsTest {
    private static CompiledDrivers drivers;

    /** What the drivers share: a clock, a system that reports to a log, and bounded waits. */
    private static final String[] HARNESS = {
        "package demo.health;",
        "",
        "import dev.rt.ActorSystem;",
        "import dev.rt.ActorSystemConfig;",
        "import dev.rt.MonitorEvent;",
        "import dev.rt.ManualClock;",
        "import java.time.Duration;",
        "import java.util.List;",
        "import java.util.concurrent.CompletionStage;",
        "import java.util.concurrent.CopyOnWriteArrayList;",
        "import java.util.concurrent.CountDownLatch;",
        "import java.util.concurrent.TimeUnit;",
        "",
        "abstract class Harness {",
        "    final ManualClock clock = new ManualClock();",
        "    final List<String> log = new CopyOnWriteArrayList<>();",
        "    final CountDownLatch failed = new CountDownLatch(1);",
        "    final CountDownLatch restarted = new CountDownLatch(1);",
        "",
        "    ActorSystem system() {",
        "        return ActorSystem.create(\"health\", ActorSystemConfig.builder()",
        "                .timerService(clock)",
        "                .monitor(event -> {",
        "                    if (event instanceof MonitorEvent.HealthCheckFailed failed) {",
        "                        log.add(\"health check failed: \" + failed.path() + \": \" + failed.reason());",
        "                        this.failed.countDown();",
        "                    } else if (event instanceof MonitorEvent.ActorRestarted restart) {",
        "                        log.add(\"restarted \" + restart.path() + \" after \"",
        "                                + restart.cause().getClass().getSimpleName());",
        "                        restarted.countDown();",
        "                    }",
        "                })",
        "                .build());",
        "    }",
        "",
        "    /** Waits, at most 30 s, until the clock holds exactly these timers, relative to now. */",
        "    void awaitTimers(Duration... delays) {",
        "        List<Duration> expected = List.of(delays);",
        "        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);",
        "        while (!clock.pendingDelays().equals(expected)) {",
        "            if (System.nanoTime() > deadline) {",
        "                throw new AssertionError(\"expected timers \" + expected + \", have \"",
        "                        + clock.pendingDelays());",
        "            }",
        "            Thread.onSpinWait();",
        "        }",
        "    }",
        "",
        "    static void await(CountDownLatch latch) throws InterruptedException {",
        "        if (!latch.await(30, TimeUnit.SECONDS)) {",
        "            throw new AssertionError(\"latch not released within 30 s\");",
        "        }",
        "    }",
        "",
        "    static <T> T await(CompletionStage<T> stage) throws Exception {",
        "        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);",
        "    }",
        "}"
    };

    @BeforeAll
    static void compileAndLoad() {
        drivers =
                CompiledDrivers.compile(
                        source(
                                "demo.health.Msg",
                                "package demo.health;",
                                "",
                                "import dev.rt.Request;",
                                "import java.util.concurrent.CountDownLatch;",
                                "",
                                "public sealed interface Msg {",
                                "    record Block(CountDownLatch entered, CountDownLatch release) implements Msg {}",
                                "    record Ping() implements Msg, Request<String> {}",
                                "    record Health() implements Msg, Request<Boolean> {}",
                                "}"),
                        source(
                                "demo.health.Service",
                                "package demo.health;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "import java.util.concurrent.TimeUnit;",
                                "import java.util.concurrent.atomic.AtomicBoolean;",
                                "import java.util.concurrent.atomic.AtomicInteger;",
                                "",
                                "@ActorBehavior",
                                "public final class Service implements Actor<Msg> {",
                                "    private final String name;",
                                "    private final int incarnation;",
                                "    private final AtomicBoolean healthy;",
                                "",
                                "    Service(String name, AtomicInteger starts, AtomicBoolean healthy) {",
                                "        this.name = name;",
                                "        this.incarnation = starts.incrementAndGet();",
                                "        this.healthy = healthy;",
                                "    }",
                                "",
                                "    void on(Msg.Block m) throws InterruptedException {",
                                "        m.entered().countDown();",
                                "        m.release().await(60, TimeUnit.SECONDS);",
                                "    }",
                                "",
                                "    String on(Msg.Ping m) { return name + \"#\" + incarnation; }",
                                "",
                                "    boolean on(Msg.Health m) { return healthy.get(); }",
                                "}"),
                        source(
                                "demo.health.Broken",
                                "package demo.health;",
                                "",
                                "import dev.rt.Actor;",
                                "import dev.rt.ActorContext;",
                                "import dev.rt.annotation.ActorBehavior;",
                                "",
                                "@ActorBehavior",
                                "public final class Broken implements Actor<Broken.Msg> {",
                                "    public sealed interface Msg {",
                                "        record Write(String entry) implements Msg {}",
                                "    }",
                                "",
                                "    @Override",
                                "    public void preStart(ActorContext<Msg> context) {",
                                "        throw new IllegalStateException(\"no disk\");",
                                "    }",
                                "",
                                "    void on(Msg.Write m) {}",
                                "}"),
                        source(
                                "demo.health.Checked",
                                "package demo.health;",
                                "",
                                "import dev.rt.annotation.Child;",
                                "import dev.rt.annotation.Supervisor;",
                                "import java.util.concurrent.atomic.AtomicBoolean;",
                                "import java.util.concurrent.atomic.AtomicInteger;",
                                "",
                                "@Supervisor(intensity = 3, periodSeconds = 3600)",
                                "abstract class Checked {",
                                "    final AtomicInteger starts = new AtomicInteger();",
                                "    final AtomicBoolean healthy = new AtomicBoolean(true);",
                                "",
                                "    @Child(healthIntervalMillis = 10_000, healthTimeoutMillis = 1_000)",
                                "    Service probed() { return new Service(\"probed\", starts, healthy); }",
                                "}"),
                        source(
                                "demo.health.Asked",
                                "package demo.health;",
                                "",
                                "import dev.rt.annotation.Child;",
                                "import dev.rt.annotation.Supervisor;",
                                "import java.util.concurrent.atomic.AtomicBoolean;",
                                "import java.util.concurrent.atomic.AtomicInteger;",
                                "",
                                "@Supervisor(intensity = 3, periodSeconds = 3600)",
                                "abstract class Asked {",
                                "    final AtomicInteger starts = new AtomicInteger();",
                                "    final AtomicBoolean healthy = new AtomicBoolean(true);",
                                "",
                                "    @Child(healthIntervalMillis = 10_000, healthTimeoutMillis = 1_000,",
                                "            healthRequest = Msg.Health.class)",
                                "    Service asked() { return new Service(\"asked\", starts, healthy); }",
                                "}"),
                        source(
                                "demo.health.Shop",
                                "package demo.health;",
                                "",
                                "import dev.rt.annotation.Child;",
                                "import dev.rt.annotation.Supervisor;",
                                "import java.util.concurrent.atomic.AtomicBoolean;",
                                "import java.util.concurrent.atomic.AtomicInteger;",
                                "",
                                "@Supervisor",
                                "abstract class Shop {",
                                "    @Child Service till() {",
                                "        return new Service(\"till\", new AtomicInteger(), new AtomicBoolean(true));",
                                "    }",
                                "",
                                "    @Child Broken ledger() { return new Broken(); }",
                                "}"),
                        source("demo.health.Harness", HARNESS),
                        source(
                                "demo.health.StuckDriver",
                                "package demo.health;",
                                "",
                                "import dev.rt.ActorSystem;",
                                "import java.time.Duration;",
                                "import java.util.List;",
                                "import java.util.concurrent.CountDownLatch;",
                                "import java.util.function.Supplier;",
                                "",
                                "public final class StuckDriver extends Harness implements Supplier<List<String>> {",
                                "    @Override",
                                "    public List<String> get() {",
                                "        try (ActorSystem system = system()) {",
                                "            CheckedSupervisor tree = CheckedSupervisor.startAndWait(",
                                "                    system, \"checked\", new Checked() {}, Duration.ofSeconds(30));",
                                "            ServiceHandle probed = tree.probed();",
                                "            log.add(\"started \" + await(probed.ping(Duration.ofHours(1))));",
                                "            CountDownLatch entered = new CountDownLatch(1);",
                                "            CountDownLatch release = new CountDownLatch(1);",
                                "            probed.block(entered, release);",
                                "            await(entered);",
                                "            awaitTimers(Duration.ofSeconds(10));",
                                "            clock.advance(Duration.ofSeconds(10)); // the probe queues behind the stuck handler",
                                "            awaitTimers(Duration.ofSeconds(1));",
                                "            clock.advance(Duration.ofSeconds(1)); // no answer: the child fails",
                                "            await(failed);",
                                "            release.countDown(); // its handler returns, and the restart goes ahead",
                                "            await(restarted);",
                                "            log.add(\"then \" + await(probed.ping(Duration.ofHours(1))));",
                                "            log.add(\"children \" + await(tree.whichChildren()).stream()",
                                "                    .map(c -> c.id() + \" restarts=\" + c.restarts()).toList());",
                                "            return log;",
                                "        } catch (Exception e) {",
                                "            throw new AssertionError(e);",
                                "        }",
                                "    }",
                                "}"),
                        source(
                                "demo.health.UnhealthyDriver",
                                "package demo.health;",
                                "",
                                "import dev.rt.ActorSystem;",
                                "import java.time.Duration;",
                                "import java.util.List;",
                                "import java.util.function.Supplier;",
                                "",
                                "public final class UnhealthyDriver extends Harness implements Supplier<List<String>> {",
                                "    @Override",
                                "    public List<String> get() {",
                                "        try (ActorSystem system = system()) {",
                                "            Asked spec = new Asked() {};",
                                "            AskedSupervisor started = AskedSupervisor.start(system, \"asked\", spec);",
                                "            AskedSupervisor tree = await(started.started());",
                                "            log.add(\"started() gives the same supervisor \" + tree.equals(started));",
                                "            awaitTimers(Duration.ofSeconds(10));",
                                "            clock.advance(Duration.ofSeconds(10)); // asks Health: true",
                                "            awaitTimers(Duration.ofSeconds(10)); // answered: the next probe is armed",
                                "            spec.healthy.set(false);",
                                "            clock.advance(Duration.ofSeconds(10)); // asks Health: false",
                                "            await(restarted);",
                                "            log.add(\"now \" + await(tree.asked().ping(Duration.ofHours(1))));",
                                "            return log;",
                                "        } catch (Exception e) {",
                                "            throw new AssertionError(e);",
                                "        }",
                                "    }",
                                "}"),
                        source(
                                "demo.health.FailedStartDriver",
                                "package demo.health;",
                                "",
                                "import dev.rt.ActorSystem;",
                                "import dev.rt.supervision.SupervisorStartException;",
                                "import java.time.Duration;",
                                "import java.util.List;",
                                "import java.util.function.Supplier;",
                                "",
                                "public final class FailedStartDriver extends Harness implements Supplier<List<String>> {",
                                "    @Override",
                                "    public List<String> get() {",
                                "        try (ActorSystem system = system()) {",
                                "            try {",
                                "                ShopSupervisor.startAndWait(system, \"shop\", new Shop() {}, Duration.ofSeconds(30));",
                                "                log.add(\"started\");",
                                "            } catch (SupervisorStartException e) {",
                                "                log.add(\"failed: child \" + e.child() + \" of \" + e.supervisor()",
                                "                        + \", cause \" + e.getCause());",
                                "            }",
                                "            log.add(\"system running \" + !system.whenTerminated().toCompletableFuture().isDone());",
                                "            return log;",
                                "        } catch (Exception e) {",
                                "            throw new AssertionError(e);",
                                "        }",
                                "    }",
                                "}"));
    }

    /**
     * A child stuck in a handler misses the deadline of its mailbox probe; once the handler
     * returns, it is restarted, and a new instance answers.
     */
    @Test
    void aMailboxProbeRestartsAStuckChild() {
        assertEquals(
                List.of(
                        "started probed#1",
                        "health check failed: /user/checked/probed: no answer within 1000 ms",
                        "restarted /user/checked/probed after HealthCheckFailedException",
                        "then probed#2",
                        "children [probed restarts=1]"),
                drivers.run("demo.health.StuckDriver"));
    }

    /** A child whose health request answers false is restarted. */
    @Test
    void aHealthRequestThatAnswersFalseRestartsTheChild() {
        assertEquals(
                List.of(
                        "started() gives the same supervisor true",
                        "health check failed: /user/asked/asked: its health request answered false",
                        "restarted /user/asked/asked after HealthCheckFailedException",
                        "now asked#2"),
                drivers.run("demo.health.UnhealthyDriver"));
    }

    /**
     * {@code startAndWait} throws the failure of the child that could not start, and the system
     * goes on.
     */
    @Test
    void startAndWaitThrowsTheChildThatCouldNotStart() {
        assertEquals(
                List.of(
                        "failed: child ledger of /user/shop, cause"
                                + " java.lang.IllegalStateException: no disk",
                        "system running true"),
                drivers.run("demo.health.FailedStartDriver"));
    }
}
