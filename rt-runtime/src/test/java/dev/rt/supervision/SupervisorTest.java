package dev.rt.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.ActorRef;
import dev.rt.Eventually;
import dev.rt.MonitorEvent;
import dev.rt.annotation.Restart;
import dev.rt.annotation.Strategy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of OTP's supervisor suite that apply to RT, on a manual clock: no sleeps, no
 * timing assertions; every wait is on an event with a generous bound.
 */
class SupervisorTest extends SupervisionFixture {

    SupervisorTest() {
        super("sup");
    }

    /** Asks the supervisor for its children until every one runs (see {@link Eventually}). */
    private void awaitStarted(Supervisor sup) {
        Eventually.await(() -> children(sup).stream()
                .allMatch(c -> c.state() == ChildState.RUNNING),
                () -> "children still not running: " + children(sup));
    }

    private static List<ChildInfo> children(Supervisor sup) {
        try {
            return await(sup.whichChildren());
        } catch (Exception e) {
            throw new AssertionError("whichChildren failed: " + e, e);
        }
    }

    @Test
    void childrenStartInOrderAndStopInReverse() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ONE, Worker.spec("a", journal),
                Worker.spec("b", journal), Worker.spec("c", journal));
        awaitStarted(sup);
        assertEquals(List.of("start:a", "start:b", "start:c"), journal.of("start"));
        sup.stop();
        monitor.awaitStopped("/user/s");
        assertEquals(List.of("stop:c", "stop:b", "stop:a"), journal.of("stop"));
    }

    @Test
    void oneForOneRestartsOnlyTheFailedChildInItsCellKeepingTheMailbox() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ONE, Worker.spec("a", journal),
                Worker.spec("b", journal), Worker.spec("c", journal));
        ActorRef<Worker.Msg> b = sup.child("b");
        awaitStarted(sup);
        assertEquals("b#1:1", await(b.ask(new Worker.Ping())));

        CompletionStage<String> failedAsk = b.ask(new Worker.CrashAsk("boom"));
        CompletionStage<String> queued = b.ask(new Worker.Ping());
        assertEquals("boom", failure(failedAsk).getMessage()); // at once, with the cause
        assertEquals("b#2:1", await(queued)); // handled by the new instance, not lost
        assertSame(b, sup.child("b"), "the reference survives the restart");
        assertEquals(List.of("prerestart:b:boom"), journal.of("prerestart"));
        assertEquals(List.of("start:a", "start:b", "start:c", "start:b"), journal.of("start"));
        ChildInfo info = await(sup.whichChildren()).get(1);
        assertEquals(1, info.restarts());
        assertEquals(ChildState.RUNNING, info.state());
    }

    /**
     * The supervisor's record is never behind what a caller saw: once the restarted child has
     * answered, {@code whichChildren} says RUNNING, as OTP's does (there the supervisor restarts
     * the child itself before anything else). The child's start notice is a signal sent before
     * its reply, and a message sent after that reply must not overtake it. Repeated, because the
     * window was between the supervisor's look at its signals and its next take.
     */
    @Test
    void whichChildrenAfterTheRestartedChildAnsweredSaysRunning() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ONE, Worker.spec("a", journal),
                Worker.spec("b", journal));
        ActorRef<Worker.Msg> b = sup.child("b");
        awaitStarted(sup);
        for (int i = 1; i <= 300; i++) {
            failure(b.ask(new Worker.CrashAsk("crash " + i)));
            assertEquals("b#" + (i + 1) + ":1", await(b.ask(new Worker.Ping())));
            ChildInfo info = await(sup.whichChildren()).get(1);
            assertEquals(ChildState.RUNNING, info.state(), "after restart " + i);
            assertEquals(i, info.restarts());
            clock.advance(Duration.ofSeconds(2)); // within the intensity of 10 in 10 s
        }
    }

    @Test
    void oneForAllRestartsEveryChildStoppingInReverseAndStartingInOrder() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ALL, Worker.spec("a", journal),
                Worker.spec("b", journal), Worker.spec("c", journal));
        awaitStarted(sup);
        journal.events.clear();
        sup.<Worker.Msg>child("b").tell(new Worker.Crash("b failed"));
        awaitRestarts("/user/s/c", 1);
        awaitStarted(sup);
        assertEquals(List.of("prerestart:c:b failed", "prerestart:b:b failed",
                "prerestart:a:b failed", "start:a", "start:b", "start:c"), journal.events);
    }

    @Test
    void restForOneRestartsTheFailedChildAndThoseAfterIt() throws Exception {
        Supervisor sup = start(Strategy.REST_FOR_ONE, Worker.spec("a", journal),
                Worker.spec("b", journal), Worker.spec("c", journal));
        awaitStarted(sup);
        journal.events.clear();
        sup.<Worker.Msg>child("b").tell(new Worker.Crash("x"));
        awaitRestarts("/user/s/c", 1);
        awaitStarted(sup);
        assertEquals(List.of("prerestart:c:x", "prerestart:b:x", "start:b", "start:c"),
                journal.events);
        assertEquals("a#1:1", await(sup.<Worker.Msg>child("a").ask(new Worker.Ping())));
    }

    @Test
    void permanentChildIsRestartedAfterANormalExit() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ONE, Worker.spec("p", journal));
        ActorRef<Worker.Msg> p = sup.child("p");
        p.tell(new Worker.Exit());
        assertEquals("p#2:1", await(p.ask(new Worker.Ping())));
    }

    @Test
    void transientChildIsRestartedAfterAFailureOnly() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ONE,
                Worker.spec("t", journal).withRestart(Restart.TRANSIENT));
        ActorRef<Worker.Msg> t = sup.child("t");
        t.tell(new Worker.Crash("abnormal"));
        assertEquals("t#2:1", await(t.ask(new Worker.Ping())));
        t.tell(new Worker.Exit());
        monitor.awaitStopped("/user/s/t");
        ChildInfo info = await(sup.whichChildren()).get(0);
        assertEquals(ChildState.TERMINATED, info.state(), "the spec is kept, not running");
        assertInstanceOf(dev.rt.ActorTerminatedException.class,
                failure(t.ask(new Worker.Ping())));
    }

    @Test
    void temporaryChildIsNeverRestartedAndItsSpecIsDeleted() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ONE, Worker.spec("a", journal),
                Worker.spec("tmp", journal).withRestart(Restart.TEMPORARY));
        awaitStarted(sup);
        sup.<Worker.Msg>child("tmp").tell(new Worker.Crash("gone"));
        monitor.awaitStopped("/user/s/tmp");
        List<ChildInfo> children = await(sup.whichChildren());
        assertEquals(List.of("a"), children.stream().map(ChildInfo::id).toList());
        assertEquals(new ChildCounts(1, 1, 0, 1), await(sup.countChildren()));
    }

    @Test
    void aTemporarySiblingTakenDownByOneForAllIsNotRestarted() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ALL, Worker.spec("a", journal),
                Worker.spec("tmp", journal).withRestart(Restart.TEMPORARY),
                Worker.spec("c", journal));
        awaitStarted(sup);
        sup.<Worker.Msg>child("a").tell(new Worker.Crash("a"));
        monitor.awaitStopped("/user/s/tmp");
        awaitRestarts("/user/s/c", 1);
        awaitStarted(sup);
        assertEquals(List.of("a", "c"),
                await(sup.whichChildren()).stream().map(ChildInfo::id).toList());
        assertEquals(1, journal.of("start:tmp").size());
    }

    @Test
    void restartsWithinIntensityAreAllowedAndOneMoreEscalatesToTheRoot() throws Exception {
        Supervisor sup = Supervisor.start(system, "s", SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .intensity(2, Duration.ofSeconds(10))
                .child(Worker.spec("a", journal)).child(Worker.spec("b", journal)).build());
        ActorRef<Worker.Msg> b = sup.child("b");
        for (int i = 1; i <= 2; i++) {
            b.tell(new Worker.Crash("crash " + i));
            assertEquals("b#" + (i + 1) + ":1", await(b.ask(new Worker.Ping())));
        }
        b.tell(new Worker.Crash("crash 3")); // the third within 10 s: one too many
        Throwable why = failure(system.whenTerminated());
        RestartIntensityException e = assertInstanceOf(RestartIntensityException.class, why);
        assertEquals("b", e.child());
        assertEquals("/user/s", e.supervisor());
        assertEquals("crash 3", e.getCause().getMessage());
        List<String> teardown = journal.of("prerestart").stream()
                .map(ev -> ev.split(":")[1]).toList();
        assertEquals(List.of("b", "b", "b", "a"), teardown, "two restarts, then b and a in reverse");
        assertEquals(1, monitor.all(MonitorEvent.SupervisorEscalated.class).size());
        assertEquals(1, monitor.all(MonitorEvent.SystemFailed.class).size());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = Strategy.class,
            names = {"ONE_FOR_ONE", "ONE_FOR_ALL", "REST_FOR_ONE"})
    void everyStrategyEscalatesPastItsIntensity(Strategy strategy) throws Exception {
        Supervisor sup = Supervisor.start(system, "s", SupervisorSpec.builder(strategy)
                .intensity(1, Duration.ofSeconds(10))
                .child(Worker.spec("a", journal)).child(Worker.spec("b", journal))
                .child(Worker.spec("c", journal)).build());
        ActorRef<Worker.Msg> b = sup.child("b");
        b.tell(new Worker.Crash("once"));
        assertEquals("b#2:1", await(b.ask(new Worker.Ping())));
        b.tell(new Worker.Crash("twice"));
        RestartIntensityException e =
                assertInstanceOf(RestartIntensityException.class, failure(system.whenTerminated()));
        assertEquals("b", e.child());
        List<String> lastTeardown = journal.of("prerestart").stream()
                .filter(ev -> ev.contains("gave up")).map(ev -> ev.split(":")[1]).toList();
        assertEquals(List.of("c", "b", "a"), lastTeardown, "all children, in reverse order");
    }

    @Test
    void aTemporaryChildThatExitsNormallyIsGoneAndLeavesItsSiblingsAlone() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ALL, Worker.spec("a", journal),
                Worker.spec("tmp", journal).withRestart(Restart.TEMPORARY));
        awaitStarted(sup);
        sup.<Worker.Msg>child("tmp").tell(new Worker.Exit());
        monitor.awaitStopped("/user/s/tmp");
        assertEquals(List.of("a"), await(sup.whichChildren()).stream().map(ChildInfo::id).toList());
        assertEquals("a#1:1", await(sup.<Worker.Msg>child("a").ask(new Worker.Ping())),
                "no group restart for a temporary child");
    }

    @Test
    void restartsOutsideThePeriodDoNotAccumulate() throws Exception {
        Supervisor sup = Supervisor.start(system, "s", SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .intensity(1, Duration.ofSeconds(10)).child(Worker.spec("a", journal)).build());
        ActorRef<Worker.Msg> a = sup.child("a");
        for (int i = 1; i <= 5; i++) {
            a.tell(new Worker.Crash("crash " + i));
            assertEquals("a#" + (i + 1) + ":1", await(a.ask(new Worker.Ping())));
            clock.advance(Duration.ofSeconds(10)); // the window slides past each restart
        }
        assertFalse(system.whenTerminated().toCompletableFuture().isDone());
    }

    @Test
    void anEscalationRestartsTheNestedSupervisorAndItsChildrenKeepTheirReferences()
            throws Exception {
        SupervisorSpec inner = SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .intensity(0, Duration.ofSeconds(10))
                .child(Worker.spec("x", journal)).child(Worker.spec("y", journal)).build();
        Supervisor outer = Supervisor.start(system, "outer",
                SupervisorSpec.builder(Strategy.ONE_FOR_ONE).intensity(5, Duration.ofSeconds(10))
                        .child(Worker.spec("w", journal))
                        .child(ChildSpec.supervisor("inner", inner)).build());
        Supervisor nested = Supervisor.of(outer.child("inner"));
        ActorRef<Worker.Msg> x = nested.child("x");
        ActorRef<Worker.Msg> y = nested.child("y");
        assertEquals("x#1:1", await(x.ask(new Worker.Ping())));

        x.tell(new Worker.Crash("x broke")); // intensity 0: the inner supervisor gives up
        awaitRestarts("/user/outer/inner", 1);
        assertEquals("x#2:1", await(x.ask(new Worker.Ping())));
        assertEquals("y#2:1", await(y.ask(new Worker.Ping())));
        assertEquals("w#1:1", await(outer.<Worker.Msg>child("w").ask(new Worker.Ping())));
        List<String> teardown = journal.of("prerestart").stream()
                .map(ev -> ev.split(":")[1]).toList();
        assertEquals(List.of("y", "x"), teardown, "reverse start order");
        assertTrue(journal.of("prerestart:x:").get(0).contains("x broke"), "the cause is kept");
        assertEquals(1, monitor.all(MonitorEvent.SupervisorEscalated.class).size());
    }

    @Test
    void aChildThatIgnoresShutdownIsAbandonedAfterItsTimeout() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ONE, Worker.spec("ok", journal),
                Worker.spec("stuck", journal).withShutdown(Duration.ofMillis(500)));
        ActorRef<Worker.Msg> stuck = sup.child("stuck");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        stuck.tell(new Worker.Block(entered, never));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        sup.stop();
        awaitTimers(1); // the supervisor arms the stuck child's shutdown timeout
        clock.advance(Duration.ofMillis(499));
        assertTrue(monitor.all(MonitorEvent.ActorAbandoned.class).isEmpty(), "abandoned early");
        clock.advance(Duration.ofMillis(1));
        monitor.awaitStopped("/user/s");
        MonitorEvent.ActorAbandoned abandoned =
                monitor.all(MonitorEvent.ActorAbandoned.class).get(0);
        assertEquals("/user/s/stuck", abandoned.path());
        assertEquals(500, abandoned.timeoutMillis());
        assertTrue(journal.of("stop").contains("stop:ok"), "the others still stop");
        never.countDown();
    }

    @Test
    void aChildThatFailsToStartFailsTheSupervisorsStart() throws Exception {
        journal.failStarts.put("b", new AtomicInteger(-1));
        Supervisor.start(system, "s", SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .child(Worker.spec("a", journal)).child(Worker.spec("b", journal))
                .child(Worker.spec("c", journal)).build());
        Throwable why = failure(system.whenTerminated());
        assertTrue(why.getMessage().contains("could not start its child 'b'"), why.getMessage());
        assertEquals(List.of("start:a"), journal.of("start:"));
        assertEquals(List.of(), journal.of("start:c"));
    }

    @Test
    void aRestartThatKeepsFailingIsBoundedByTheIntensity() throws Exception {
        Supervisor sup = Supervisor.start(system, "s", SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .intensity(3, Duration.ofSeconds(10)).child(Worker.spec("loop", journal)).build());
        ActorRef<Worker.Msg> loop = sup.child("loop");
        assertEquals("loop#1:1", await(loop.ask(new Worker.Ping())));
        journal.failStarts.put("loop", new AtomicInteger(-1)); // from now on every start fails
        loop.tell(new Worker.Crash("first"));
        RestartIntensityException e =
                assertInstanceOf(RestartIntensityException.class, failure(system.whenTerminated()));
        assertEquals("loop", e.child());
        assertEquals(3, journal.of("failstart:loop").size(), "three restarts were tried");
    }

    @Test
    void anotherChildFailingDuringAGroupRestartIsHandledToo() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ALL, Worker.spec("a", journal),
                Worker.spec("b", journal), Worker.spec("c", journal));
        awaitStarted(sup);
        journal.failStarts.put("c", new AtomicInteger(1)); // c's next start fails, once
        sup.<Worker.Msg>child("a").tell(new Worker.Crash("a"));
        awaitRestarts("/user/s/c", 1); // emitted by the start that succeeds: c's third
        awaitStarted(sup);
        assertEquals("c#3:1", await(sup.<Worker.Msg>child("c").ask(new Worker.Ping())));
        assertEquals(1, journal.of("failstart:c").size());
        assertEquals("a#3:1", await(sup.<Worker.Msg>child("a").ask(new Worker.Ping())));
    }

    @Test
    void whichAndCountChildren() throws Exception {
        Supervisor outer = Supervisor.start(system, "s", SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .child(Worker.spec("a", journal))
                .child(ChildSpec.supervisor("pool", SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                        .child(Worker.spec("p1", journal)).build()))
                .child(Worker.spec("b", journal).withRestart(Restart.TRANSIENT)).build());
        awaitStarted(outer);
        List<ChildInfo> children = await(outer.whichChildren());
        assertEquals(List.of("a", "pool", "b"), children.stream().map(ChildInfo::id).toList());
        assertTrue(children.get(1).supervisor());
        assertEquals(Restart.TRANSIENT, children.get(2).restart());
        assertEquals("/user/s/pool", children.get(1).ref().path());
        assertEquals(new ChildCounts(3, 3, 1, 2), await(outer.countChildren()));
    }

    @Test
    void simpleOneForOneStartsManyTemporaryChildrenFromOneTemplate() throws Exception {
        ChildTemplate<String, Worker.Msg> template = ChildTemplate.<String, Worker, Worker.Msg>of(
                "job", name -> new Worker(name, journal), Worker.WorkerDescriptor.INSTANCE)
                .withRestart(Restart.TEMPORARY);
        Supervisor sup = Supervisor.start(system, "jobs",
                SupervisorSpec.builder(Strategy.SIMPLE_ONE_FOR_ONE).template(template).build());
        int n = 200;
        List<CompletableFuture<ActorRef<Worker.Msg>>> started = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            started.add(sup.<Worker.Msg>startChildWith("w" + i).toCompletableFuture());
        }
        ActorRef<Worker.Msg> first = await(started.get(0));
        assertEquals("/user/jobs/job-1", first.path());
        assertEquals("w0#1:1", await(first.ask(new Worker.Ping())));
        // specs counts the one template, as OTP's count_children does; workers, the children
        assertEquals(new ChildCounts(1, n, 0, n), await(sup.countChildren()));

        first.tell(new Worker.Crash("temporary: gone for good"));
        monitor.awaitStopped("/user/jobs/job-1");
        assertEquals(n - 1, await(sup.countChildren()).workers());
        assertThrows(ExecutionException.class,
                () -> sup.startChild(Worker.spec("x", journal)).toCompletableFuture()
                        .get(30, TimeUnit.SECONDS));
        sup.stop();
        monitor.awaitStopped("/user/jobs");
        // the crashed child's postStop ran when it was stopped; the others' at shutdown
        assertEquals(n, journal.of("stop:").size());
    }

    @Test
    void backoffDelaysTheRestartAndMessagesWaitForIt() throws Exception {
        Supervisor sup = Supervisor.start(system, "s", SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .backoff(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8), 0,
                        Duration.ofMinutes(1)))
                .child(Worker.spec("a", journal)).build());
        ActorRef<Worker.Msg> a = sup.child("a");
        assertEquals("a#1:1", await(a.ask(new Worker.Ping())));
        a.tell(new Worker.Crash("1"));
        monitor.await(1, e -> e instanceof MonitorEvent.BackoffScheduled);
        CompletableFuture<String> during =
                a.ask(new Worker.Ping(), Duration.ofHours(1)).toCompletableFuture();
        awaitTimers(2); // the restart's and the ask's
        clock.advance(Duration.ofMillis(999));
        assertFalse(during.isDone(), "handled before the backoff ended");
        assertEquals(1000, monitor.all(MonitorEvent.BackoffScheduled.class).get(0).delayMillis());
        clock.advance(Duration.ofMillis(1));
        assertEquals("a#2:1", during.get(30, TimeUnit.SECONDS));

        a.tell(new Worker.Crash("2")); // consecutive: the delay doubles
        monitor.await(2, e -> e instanceof MonitorEvent.BackoffScheduled);
        assertEquals(2000, monitor.all(MonitorEvent.BackoffScheduled.class).get(1).delayMillis());
        awaitTimers(1);
        clock.advance(Duration.ofSeconds(2));
        assertEquals("a#3:1", await(a.ask(new Worker.Ping())));
    }

    @Test
    void aDeciderCanResumeStopOrEscalate() throws Exception {
        Supervisor sup = Supervisor.start(system, "s", SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .decider(cause -> switch (cause.getMessage()) {
                    case "resume" -> Directive.RESUME;
                    case "stop" -> Directive.STOP;
                    case "escalate" -> Directive.ESCALATE;
                    default -> Directive.RESTART;
                })
                .child(Worker.spec("a", journal)).child(Worker.spec("b", journal)).build());
        ActorRef<Worker.Msg> a = sup.child("a");
        assertEquals("a#1:1", await(a.ask(new Worker.Ping())));
        a.tell(new Worker.Crash("resume"));
        assertEquals("a#1:2", await(a.ask(new Worker.Ping())), "same instance, state kept");
        a.tell(new Worker.Crash("stop"));
        monitor.awaitStopped("/user/s/a");
        assertEquals(ChildState.TERMINATED, await(sup.whichChildren()).get(0).state());
        assertEquals("b#1:1", await(sup.<Worker.Msg>child("b").ask(new Worker.Ping())));
        sup.<Worker.Msg>child("b").tell(new Worker.Crash("escalate"));
        assertEquals("escalate", failure(system.whenTerminated()).getMessage(),
                "the supervisor gave up with the child's own cause");
    }

    @Test
    void childrenCanBeAddedTerminatedRestartedAndDeleted() throws Exception {
        Supervisor sup = start(Strategy.ONE_FOR_ONE, Worker.spec("a", journal));
        ActorRef<Worker.Msg> d = await(sup.startChild(Worker.spec("d", journal)));
        assertEquals("d#1:1", await(d.ask(new Worker.Ping())));
        IllegalArgumentException dup = assertInstanceOf(IllegalArgumentException.class,
                failure(sup.startChild(Worker.spec("d", journal))));
        assertTrue(dup.getMessage().contains("already has a child 'd'"), dup.getMessage());

        await(sup.terminateChild("d"));
        assertEquals(ChildState.TERMINATED, await(sup.whichChildren()).get(1).state());
        assertInstanceOf(IllegalStateException.class, failure(sup.deleteChild("a")));
        ActorRef<Worker.Msg> again = await(sup.restartChild("d"));
        assertEquals("d#2:1", await(again.ask(new Worker.Ping())));
        await(sup.terminateChild("d"));
        await(sup.deleteChild("d"));
        assertEquals(List.of("a"), await(sup.whichChildren()).stream().map(ChildInfo::id).toList());
        assertInstanceOf(IllegalArgumentException.class, failure(sup.terminateChild("nope")));
        assertThrows(IllegalArgumentException.class, () -> sup.child("nope"));
    }

    @Test
    void aFactoryGetsTheReferencesOfEarlierSiblingsOnly() throws Exception {
        AtomicInteger made = new AtomicInteger();
        ChildSpec<Worker.Msg> dependent = ChildSpec.dependent("late", siblings -> {
            ActorRef<Worker.Msg> first = siblings.ref("first");
            made.incrementAndGet();
            return new Worker("late:" + first.name(), journal);
        }, Worker.WorkerDescriptor.INSTANCE);
        Supervisor sup = start(Strategy.ONE_FOR_ONE, Worker.spec("first", journal), dependent);
        assertEquals("late:first#1:1", await(sup.<Worker.Msg>child("late").ask(new Worker.Ping())));
        assertEquals(1, made.get());
    }

    @Test
    void specsAreChecked() {
        assertThrows(IllegalArgumentException.class,
                () -> SupervisorSpec.builder(Strategy.ONE_FOR_ONE).intensity(-1, Duration.ofSeconds(1)).build());
        assertThrows(IllegalArgumentException.class,
                () -> SupervisorSpec.builder(Strategy.ONE_FOR_ONE).intensity(1, Duration.ZERO).build());
        assertThrows(IllegalArgumentException.class,
                () -> SupervisorSpec.builder(Strategy.SIMPLE_ONE_FOR_ONE).build());
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> SupervisorSpec.builder(Strategy.ONE_FOR_ONE).child(Worker.spec("a", journal))
                        .child(Worker.spec("a", journal)).build());
        assertTrue(dup.getMessage().contains("'a'"));
    }

    @Test
    void backoffGrowsExponentiallyWithinItsCap() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 0, Duration.ofMinutes(1));
        assertEquals(Duration.ofMillis(100), b.delay(1, 0.5));
        assertEquals(Duration.ofMillis(200), b.delay(2, 0.5));
        assertEquals(Duration.ofMillis(800), b.delay(4, 0.5));
        assertEquals(Duration.ofSeconds(1), b.delay(5, 0.5));
        assertEquals(Duration.ofSeconds(1), b.delay(500, 0.5));
        Backoff jittered = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 0.5, Duration.ofMinutes(1));
        assertEquals(Duration.ofMillis(50), jittered.delay(1, 0.0));
        assertEquals(Duration.ofMillis(149), jittered.delay(1, 0.999).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }
}
