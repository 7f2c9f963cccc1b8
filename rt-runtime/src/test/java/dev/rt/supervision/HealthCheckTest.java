package dev.rt.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.ActorRef;
import dev.rt.Mailbox;
import dev.rt.MonitorEvent;
import dev.rt.annotation.Overflow;
import dev.rt.annotation.Strategy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Proactive health checks, on a manual clock: the supervisor's probes and deadlines are timers of
 * the clock, so each test moves time by hand and waits (bounded) for the timers it expects.
 */
class HealthCheckTest extends SupervisionFixture {

    private static final Duration EVERY = Duration.ofSeconds(10);
    private static final Duration WITHIN = Duration.ofSeconds(1);

    private final List<Throwable> decided = new CopyOnWriteArrayList<>();

    HealthCheckTest() {
        super("health");
    }

    private Supervisor start(int intensity, ChildSpec<?>... children) throws Exception {
        SupervisorSpec.Builder b = SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .intensity(intensity, Duration.ofHours(1))
                .decider(cause -> {
                    decided.add(cause);
                    return Directive.RESTART;
                });
        for (ChildSpec<?> c : children) {
            b.child(c);
        }
        Supervisor sup = Supervisor.start(system, "s", b.build());
        await(sup.started());
        return sup;
    }

    @Test
    void aChildThatAnswersIsProbedAgainAndNeverRestarted() throws Exception {
        start(3, Worker.spec("w", journal).withHealthCheck(HealthCheck.every(EVERY, WITHIN)));
        for (int i = 0; i < 3; i++) {
            awaitTimers(EVERY); // the next probe
            clock.advance(EVERY);
            awaitTimers(EVERY); // answered: its deadline is gone, the next probe is armed
        }
        assertTrue(monitor.all(MonitorEvent.HealthCheckFailed.class).isEmpty());
        assertTrue(monitor.all(MonitorEvent.ActorRestarted.class).isEmpty());
    }

    @Test
    void aChildStuckInAHandlerMissesItsDeadlineAndIsRestartedOnceItReturns() throws Exception {
        Supervisor sup = start(3,
                Worker.spec("w", journal).withHealthCheck(HealthCheck.every(EVERY, WITHIN)));
        ActorRef<Worker.Msg> w = sup.child("w");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        w.tell(new Worker.Block(entered, release));
        w.tell(new Worker.Ping()); // queued behind the stuck handler: kept across the restart
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        awaitTimers(EVERY);
        clock.advance(EVERY); // the probe queues behind the stuck message
        awaitTimers(WITHIN);
        clock.advance(WITHIN.minusMillis(1));
        assertTrue(monitor.all(MonitorEvent.HealthCheckFailed.class).isEmpty(), "failed early");
        clock.advance(Duration.ofMillis(1));
        monitor.await(1, e -> e instanceof MonitorEvent.HealthCheckFailed);
        MonitorEvent.HealthCheckFailed failed =
                monitor.all(MonitorEvent.HealthCheckFailed.class).get(0);
        assertEquals("/user/s/w", failed.path());
        assertEquals("no answer within 1000 ms", failed.reason());
        release.countDown(); // the handler returns; the restart takes effect
        awaitRestarts("/user/s/w", 1);
        HealthCheckFailedException cause = assertInstanceOf(HealthCheckFailedException.class,
                monitor.all(MonitorEvent.ActorRestarted.class).get(0).cause());
        assertEquals("/user/s/w", cause.child());
        assertInstanceOf(HealthCheckFailedException.class, decided.get(0), "the decider saw it");
        assertEquals("w#2:2", await(w.ask(new Worker.Ping())), "the queued ping was served");
        awaitTimers(EVERY); // checked again after its restart
    }

    @Test
    void aBlockingChildThatMissesItsDeadlineIsInterrupted() throws Exception {
        Supervisor sup = start(3, Worker.blockingSpec("w", journal)
                .withHealthCheck(HealthCheck.every(EVERY, WITHIN)));
        CountDownLatch entered = new CountDownLatch(1);
        sup.<Worker.Msg>child("w").tell(new Worker.Block(entered, new CountDownLatch(1)));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        awaitTimers(EVERY);
        clock.advance(EVERY);
        awaitTimers(WITHIN);
        clock.advance(WITHIN);
        awaitRestarts("/user/s/w", 1); // the interrupted handler threw, and the restart went ahead
        assertEquals(List.of("interrupted:w"), journal.of("interrupted:"));
    }

    @Test
    void aHealthRequestThatAnswersFalseFailsTheChild() throws Exception {
        Supervisor sup = start(3, Worker.spec("w", journal).withHealthCheck(
                HealthCheck.<Worker.Msg>every(EVERY, WITHIN)
                        .withRequest(ref -> ref.ask(new Worker.Health()))));
        awaitTimers(EVERY);
        clock.advance(EVERY);
        awaitTimers(EVERY); // healthy: answered true
        journal.unhealthy.add("w");
        clock.advance(EVERY);
        awaitRestarts("/user/s/w", 1);
        assertEquals("its health request answered false",
                monitor.all(MonitorEvent.HealthCheckFailed.class).get(0).reason());
        assertTrue(await(sup.<Worker.Msg>child("w").ask(new Worker.Ping())).startsWith("w#2"));
    }

    @Test
    void failedChecksCountAgainstTheIntensity() throws Exception {
        start(1, Worker.spec("w", journal).withHealthCheck(
                HealthCheck.<Worker.Msg>every(EVERY, WITHIN)
                        .withRequest(ref -> ref.ask(new Worker.Health()))));
        journal.unhealthy.add("w");
        awaitTimers(EVERY);
        clock.advance(EVERY);
        awaitRestarts("/user/s/w", 1);
        awaitTimers(EVERY);
        clock.advance(EVERY); // a second failure within the period: one restart too many
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> system.whenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS));
        RestartIntensityException e =
                assertInstanceOf(RestartIntensityException.class, failed.getCause());
        assertEquals("w", e.child());
        assertInstanceOf(HealthCheckFailedException.class, e.getCause());
    }

    @Test
    void aFullBoundedMailboxStillTakesTheProbeAndTheAccountingIgnoresIt() throws Exception {
        Supervisor sup = start(3, Worker.spec("w", journal)
                .withMailbox(Mailbox.bounded(1, Overflow.REJECT))
                .withHealthCheck(HealthCheck.every(EVERY, WITHIN)));
        ActorRef<Worker.Msg> w = sup.child("w");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        w.tell(new Worker.Block(entered, release));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        w.tell(new Worker.Ping()); // fills the mailbox
        awaitTimers(EVERY);
        clock.advance(EVERY); // the probe is taken over the capacity
        awaitTimers(WITHIN);
        release.countDown();
        awaitTimers(EVERY); // answered in time once the handler returned
        assertTrue(monitor.all(MonitorEvent.HealthCheckFailed.class).isEmpty());
        assertTrue(monitor.all(MonitorEvent.MessageDropped.class).isEmpty());
        sup.stop();
        monitor.awaitStopped("/user/s");
        assertEquals(2, system.accounting().sentByUsers(), "the probe is in no bucket");
    }

    @Test
    void childrenWithoutACheckHaveNoTimers() throws Exception {
        start(3, Worker.spec("a", journal), Worker.spec("b", journal));
        assertEquals(0, clock.pending());
    }

    @Test
    void aCheckRefusesDurationsThatAreNotPositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HealthCheck.every(Duration.ZERO, WITHIN));
        assertTrue(e.getMessage().contains("interval must be positive"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> HealthCheck.every(EVERY, Duration.ofMillis(-1)));
    }
}
