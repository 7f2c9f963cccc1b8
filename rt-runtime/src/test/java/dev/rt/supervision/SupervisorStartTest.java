package dev.rt.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.MonitorEvent;
import dev.rt.Request;
import dev.rt.TestDescriptor;
import dev.rt.annotation.Restart;
import dev.rt.annotation.Strategy;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Starting children, as OTP's supervisor does: a failed {@code start_child} leaves nothing
 * behind, a failed {@code restart_child} keeps the spec, a start that waits for the whole tree
 * ({@code start_link}), a child that declines to start ({@code ignore}), {@code get_childspec},
 * and {@code count_children} of a simple supervisor. On a manual clock; every wait is bounded.
 */
class SupervisorStartTest extends SupervisionFixture {

    SupervisorStartTest() {
        super("start");
    }

    private Supervisor oneForOne(ChildSpec<?>... children) {
        return start(Strategy.ONE_FOR_ONE, children);
    }

    private static ChildInfo info(Supervisor sup, String id) throws Exception {
        return await(sup.whichChildren()).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no child " + id));
    }

    // ---- a failed start_child leaves nothing behind -----------------------------------------

    @Test
    void aFailedStartChildFreesItsIdAtOnceEveryTime() throws Exception {
        Supervisor sup = oneForOne(Worker.spec("a", journal));
        for (int i = 0; i < 300; i++) {
            journal.failStarts.put("c", new AtomicInteger(1)); // the next start of c fails
            Throwable why = failure(sup.startChild(Worker.spec("c", journal)));
            assertEquals("start of c fails", why.getMessage(), "round " + i);
            ActorRef<Worker.Msg> c = await(sup.startChild(Worker.spec("c", journal)));
            assertNotNull(c, "round " + i);
            await(sup.terminateChild("c"));
            await(sup.deleteChild("c"));
        }
        assertFalse(system.whenTerminated().toCompletableFuture().isDone(),
                "the supervisor, and so the system, never failed");
        assertEquals(List.of("a"), await(sup.whichChildren()).stream().map(ChildInfo::id).toList());
    }

    @Test
    void aSimpleChildWhoseStartFailsFailsTheCallNotTheSupervisor() throws Exception {
        Supervisor sup = oneForOne(Worker.spec("a", journal));
        ActorRef<SupervisorProtocol> ref = sup.ref();
        // a template child whose factory gets an argument of the wrong type fails its start
        Supervisor simple = Supervisor.start(system, "simple",
                SupervisorSpec.builder(Strategy.SIMPLE_ONE_FOR_ONE)
                        .template(ChildTemplate.<Integer, Worker, Worker.Msg>of("w",
                                n -> new Worker("w" + (n + 1), journal),
                                Worker.WorkerDescriptor.INSTANCE))
                        .build());
        Throwable why = failure(simple.startChildWith("not a number"));
        assertInstanceOf(ClassCastException.class, why);
        assertNotNull(await(simple.startChildWith(1)), "the simple supervisor still serves");
        assertEquals(1, await(sup.whichChildren()).size());
        assertSame(ref, sup.ref());
    }

    // ---- a failed restart_child keeps the spec ----------------------------------------------

    @Test
    void aFailedRestartChildKeepsTheChildAsTerminated() throws Exception {
        Supervisor sup = oneForOne(Worker.spec("a", journal), Worker.spec("c", journal));
        await(sup.started());
        await(sup.terminateChild("c"));
        journal.failStarts.put("c", new AtomicInteger(1));
        Throwable why = failure(sup.restartChild("c"));
        assertEquals("start of c fails", why.getMessage());
        ChildInfo c = info(sup, "c");
        assertEquals(ChildState.TERMINATED, c.state(), "the spec is kept, as OTP keeps it");
        ActorRef<Worker.Msg> again = await(sup.restartChild("c"));
        assertEquals("c#3:1", await(again.ask(new Worker.Ping())));
        assertEquals(ChildState.RUNNING, info(sup, "c").state());
    }

    // ---- the start of the whole tree (start_link) -------------------------------------------

    @Test
    void startedCompletesOnceEveryStaticChildHasStarted() throws Exception {
        Supervisor sup = oneForOne(Worker.spec("a", journal), Worker.spec("b", journal),
                Worker.spec("c", journal));
        assertSame(sup, await(sup.started()));
        assertEquals(List.of("start:a", "start:b", "start:c"), journal.of("start:"));
    }

    @Test
    void startedFailsWithTheChildThatCouldNotStart() throws Exception {
        journal.failStarts.put("b", new AtomicInteger(-1));
        Supervisor sup = oneForOne(Worker.spec("a", journal), Worker.spec("b", journal),
                Worker.spec("c", journal));
        SupervisorStartException e =
                assertInstanceOf(SupervisorStartException.class, failure(sup.started()));
        assertEquals("b", e.child());
        assertEquals("/user/s", e.supervisor());
        assertEquals("start of b fails", e.getCause().getMessage());
        // started without waiting, the failure goes to the root, as it always did
        assertInstanceOf(SupervisorStartException.class, failure(system.whenTerminated()));
    }

    @Test
    void startAndWaitReturnsTheStartedTree() throws Exception {
        Supervisor sup = Supervisor.startAndWait(system, "s", SupervisorSpec
                .builder(Strategy.ONE_FOR_ALL).child(Worker.spec("a", journal))
                .child(Worker.spec("b", journal)).build(), Duration.ofSeconds(30));
        assertEquals(List.of("start:a", "start:b"), journal.of("start:"));
        assertEquals(ChildState.RUNNING, info(sup, "b").state());
    }

    @Test
    void startAndWaitThrowsTheFailureAndTheSystemGoesOn() throws Exception {
        journal.failStarts.put("x", new AtomicInteger(-1));
        SupervisorSpec inner = SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .child(Worker.spec("w", journal)).child(Worker.spec("x", journal)).build();
        SupervisorSpec outer = SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .child(Worker.spec("a", journal)).child(ChildSpec.supervisor("inner", inner))
                .child(Worker.spec("z", journal)).build();
        SupervisorStartException e = assertThrows(SupervisorStartException.class,
                () -> Supervisor.startAndWait(system, "outer", outer, Duration.ofSeconds(30)));
        assertEquals("inner", e.child(), e.getMessage());
        SupervisorStartException nested = assertInstanceOf(SupervisorStartException.class,
                e.getCause());
        assertEquals("x", nested.child());
        assertEquals("/user/outer/inner", nested.supervisor());
        assertEquals(List.of(), journal.of("start:z"), "no child after the failed one starts");
        assertEquals(List.of("prerestart:w", "prerestart:a"), journal.events.stream()
                .filter(ev -> ev.startsWith("prerestart:")).map(ev -> ev.substring(0, 12)).toList(),
                "the children already started were taken down, innermost first");
        // the caller took the failure: the system still runs, and the name is free again
        assertFalse(system.whenTerminated().toCompletableFuture().isDone());
        journal.failStarts.clear();
        Supervisor again = Supervisor.startAndWait(system, "outer", outer, Duration.ofSeconds(30));
        assertEquals(3, await(again.whichChildren()).size());
    }

    @Test
    void startAndWaitGivesUpAfterItsTimeoutNamingTheChildStillStarting() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ChildSpec<Worker.Msg> slow = ChildSpec.worker("slow", () -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Worker("slow", journal);
        }, Worker.WorkerDescriptor.INSTANCE);
        SupervisorSpec spec = SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .child(Worker.spec("a", journal)).child(slow).build();
        SupervisorStartException e = assertThrows(SupervisorStartException.class,
                () -> Supervisor.startAndWait(system, "s", spec, Duration.ofMillis(100)));
        assertEquals("slow", e.child(), e.getMessage());
        assertTrue(e.getMessage().contains("did not start within 100 ms"), e.getMessage());
        release.countDown();
        monitor.awaitStopped("/user/s");
        assertFalse(system.whenTerminated().toCompletableFuture().isDone());
    }

    @Test
    void startAndWaitRefusesAnActorsThread() throws Exception {
        ActorRef<Starter.Msg> starter = system.spawn("starter", Starter::new, Starter.DESCRIPTOR);
        String answer = await(starter.ask(new Starter.Go()));
        assertTrue(answer.startsWith("IllegalStateException: Supervisor.startAndWait blocks"),
                answer);
    }

    /** An actor that tries to block on a supervisor's start. */
    static final class Starter implements Actor<Starter.Msg> {
        sealed interface Msg {}

        record Go() implements Msg, Request<String> {}

        static final BehaviorDescriptor<Starter, Msg> DESCRIPTOR =
                TestDescriptor.of(Msg.class, (actor, message, context, replier) -> {
                    switch (message) {
                        case Go g -> replier.reply(actor.go(context));
                    }
                });

        String go(ActorContext<Msg> context) throws InterruptedException {
            try {
                Supervisor.startAndWait(context.system(), "nested", SupervisorSpec
                        .builder(Strategy.ONE_FOR_ONE).build(), Duration.ofSeconds(1));
                return "started";
            } catch (IllegalStateException e) {
                return "IllegalStateException: " + e.getMessage();
            }
        }
    }

    // ---- a child that declines to start (ignore) --------------------------------------------

    @Test
    void aStaticChildThatDeclinesIsKeptAsTerminatedAndCanBeStartedLater() throws Exception {
        journal.declines.add("b");
        Supervisor sup = oneForOne(Worker.spec("a", journal), Worker.spec("b", journal),
                Worker.spec("c", journal));
        await(sup.started());
        assertEquals(List.of("start:a", "start:c"), journal.of("start:"));
        assertEquals(ChildState.TERMINATED, info(sup, "b").state());
        assertEquals(ChildState.RUNNING, info(sup, "c").state());
        MonitorEvent.StartIgnored ignored = monitor.all(MonitorEvent.StartIgnored.class).get(0);
        assertEquals("/user/s/b", ignored.path());
        assertEquals("b is switched off", ignored.reason());
        assertTrue(monitor.all(MonitorEvent.ActorFailed.class).isEmpty(), "not a failure");
        assertEquals(0, info(sup, "b").restarts());
        journal.declines.clear();
        ActorRef<Worker.Msg> b = await(sup.restartChild("b"));
        assertEquals(ChildState.RUNNING, info(sup, "b").state());
        assertTrue(await(b.ask(new Worker.Ping())).startsWith("b#"));
    }

    @Test
    void aFactoryThatDeclinesMakesStartChildCompleteWithNoReference() throws Exception {
        Supervisor sup = oneForOne(Worker.spec("a", journal));
        ChildSpec<Worker.Msg> off = ChildSpec.worker("off", () -> {
            throw new StartIgnoredException("feature off");
        }, Worker.WorkerDescriptor.INSTANCE);
        assertNull(await(sup.startChild(off)));
        assertEquals(ChildState.TERMINATED, info(sup, "off").state());
        Throwable again = failure(sup.startChild(off));
        assertTrue(again.getMessage().contains("already has a child 'off'"), again.getMessage());
        assertTrue(journal.of("stop:").isEmpty());
    }

    @Test
    void aSimpleChildThatDeclinesIsNotKept() throws Exception {
        Supervisor simple = Supervisor.start(system, "simple",
                SupervisorSpec.builder(Strategy.SIMPLE_ONE_FOR_ONE)
                        .template(ChildTemplate.<String, Worker, Worker.Msg>of("w",
                                id -> new Worker(id, journal), Worker.WorkerDescriptor.INSTANCE))
                        .build());
        journal.declines.add("x");
        assertNull(await(simple.startChildWith("x")));
        assertNotNull(await(simple.startChildWith("y")));
        assertEquals(List.of("w-2"),
                await(simple.whichChildren()).stream().map(ChildInfo::id).toList());
    }

    @Test
    void aChildThatDeclinesWhenRestartedStaysTerminatedAndIsNotRestartedAgain() throws Exception {
        Supervisor sup = oneForOne(Worker.spec("a", journal), Worker.spec("b", journal));
        await(sup.started());
        ActorRef<Worker.Msg> b = sup.child("b");
        journal.declines.add("b");
        b.tell(new Worker.Crash("boom"));
        monitor.awaitStopped("/user/s/b");
        assertEquals(ChildState.TERMINATED, info(sup, "b").state());
        assertEquals(1, journal.of("decline:b").size(), "declined once, not retried");
        assertEquals(ChildState.RUNNING, info(sup, "a").state());
    }

    @Test
    void anUnsupervisedActorThatDeclinesHasFailedToStart() throws Exception {
        system.spawn("plain", () -> {
            throw new StartIgnoredException("nobody to keep my spec");
        }, Worker.WorkerDescriptor.INSTANCE);
        monitor.awaitStopped("/user/plain");
        MonitorEvent.ActorFailed failed = monitor.all(MonitorEvent.ActorFailed.class).get(0);
        assertInstanceOf(StartIgnoredException.class, failed.cause());
    }

    // ---- get_childspec and count_children ---------------------------------------------------

    @Test
    void childSpecReturnsTheSpecAChildWasStartedWith() throws Exception {
        ChildSpec<Worker.Msg> a = Worker.spec("a", journal).withRestart(Restart.TRANSIENT);
        Supervisor sup = oneForOne(a);
        assertSame(a, await(sup.childSpec("a")));
        Throwable none = failure(sup.childSpec("nope"));
        assertInstanceOf(IllegalArgumentException.class, none);
        assertTrue(none.getMessage().contains("has no child 'nope'"), none.getMessage());
    }

    @Test
    void aSimpleSupervisorCountsItsTemplateAsItsOneSpec() throws Exception {
        Supervisor simple = Supervisor.start(system, "simple",
                SupervisorSpec.builder(Strategy.SIMPLE_ONE_FOR_ONE)
                        .template(ChildTemplate.<String, Worker, Worker.Msg>of("w",
                                id -> new Worker(id, journal), Worker.WorkerDescriptor.INSTANCE))
                        .build());
        for (String id : List.of("x", "y", "z")) {
            await(simple.startChildWith(id));
        }
        assertEquals(new ChildCounts(1, 3, 0, 3), await(simple.countChildren()));
        ChildSpec<?> made = await(simple.childSpec("w-2"));
        assertEquals("w-2", made.id());
    }

    // ---- bad ids are refused where they are written -----------------------------------------

    @Test
    void aChildIdThatIsNotAnActorNameIsRefusedByTheSpec() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Worker.spec("a/b", journal));
        assertTrue(e.getMessage().contains("illegal character '/'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChildTemplate.of("w w",
                (String id) -> new Worker(id, journal), Worker.WorkerDescriptor.INSTANCE));
    }
}
