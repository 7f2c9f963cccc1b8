package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.annotation.Strategy;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code close(timeout)} with actors that do not stop in time: each abandoned actor, anywhere in
 * the tree, is interrupted and reported; {@code whenTerminated()} waits for every one of them to
 * come back; the accounting is final once it completes. No sleeps: the handlers wait on latches
 * (at most 30 s, so that a failing run ends), and 200 ms is only the system's close timeout.
 */
class CloseTest {

    private static final Duration CLOSE = Duration.ofMillis(200);
    private static final int QUEUED = 5;

    /** What a handler saw of its interrupts; written by the actor's thread, read by the test. */
    static final class Seen {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch interrupted = new CountDownLatch(1);
        final AtomicInteger interrupts = new AtomicInteger();
        volatile Throwable first;
        volatile Thread thread;

        void interrupted(InterruptedException e) {
            if (interrupts.getAndIncrement() == 0) {
                first = e;
                thread = Thread.currentThread();
                interrupted.countDown();
            }
        }

        void awaitEntered() throws InterruptedException {
            assertTrue(entered.await(30, TimeUnit.SECONDS), "the handler did not start");
        }

        void awaitInterrupted() throws InterruptedException {
            assertTrue(interrupted.await(30, TimeUnit.SECONDS),
                    "the abandoned handler was never interrupted");
            assertInstanceOf(InterruptedException.class, first);
        }
    }

    /** A behavior with a hand-written descriptor, pool or blocking, as the processor makes them. */
    static final class Stuck implements Actor<Stuck.Msg> {
        sealed interface Msg {}

        /**
         * Waits for {@code release}, interruptibly, at most 30 s; on an interrupt records it and
         * then returns, or rethrows it (the message then counts as failed).
         */
        record Hold(Seen seen, CountDownLatch release, boolean rethrow) implements Msg {}

        /** Waits for {@code release}, at most 30 s, recording every interrupt and ignoring it. */
        record HoldPast(Seen seen, CountDownLatch release) implements Msg {}

        /**
         * Waits for {@code spawn} (ignoring interrupts, as {@link HoldPast}), then spawns a
         * blocking child named {@code child}, makes it {@link Hold}, and returns once it holds.
         */
        record SpawnLate(Seen seen, CountDownLatch spawn, String child, Seen childSeen,
                CountDownLatch childRelease) implements Msg {}

        /**
         * Waits to be interrupted, re-asserts the interrupt (the usual idiom), tells {@code next}
         * to {@link Probe}, and returns.
         */
        record HoldThenTell(Seen seen, ActorRef<Msg> next, Probe probe) implements Msg {}

        /** Reports the thread that handles it and whether that thread is interrupted. */
        record Probe(CompletableFuture<Thread> thread, CompletableFuture<Boolean> interrupted)
                implements Msg {}

        record Note(int n) implements Msg {}

        record SpawnChild(String name, boolean blocking) implements Msg, Request<ActorRef<Msg>> {}

        static final Descriptor POOL = new Descriptor(false);
        static final Descriptor BLOCKING = new Descriptor(true);

        static final class Descriptor implements BehaviorDescriptor<Stuck, Msg> {
            private final boolean blocking;

            Descriptor(boolean blocking) {
                this.blocking = blocking;
            }

            @Override
            public Class<Msg> protocol() {
                return Msg.class;
            }

            @Override
            public boolean blocking() {
                return blocking;
            }

            @Override
            public void dispatch(Stuck actor, Msg message, ActorContext<Msg> context,
                    Replier replier) throws Exception {
                switch (message) {
                    case Hold m -> hold(m);
                    case HoldPast m -> {
                        m.seen().entered.countDown();
                        awaitPastInterrupts(m.release(), m.seen());
                    }
                    case SpawnLate m -> spawnLate(m, context);
                    case HoldThenTell m -> holdThenTell(m);
                    case Probe m -> {
                        m.thread().complete(Thread.currentThread());
                        m.interrupted().complete(Thread.currentThread().isInterrupted());
                    }
                    case Note m -> { }
                    case SpawnChild m -> replier.reply(context.spawn(m.name(), Stuck::new,
                            m.blocking() ? BLOCKING : POOL));
                }
            }
        }

        private static void hold(Hold m) throws InterruptedException {
            m.seen().entered.countDown();
            try {
                m.release().await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                m.seen().interrupted(e);
                if (m.rethrow()) {
                    throw e;
                }
            }
        }

        /** Waits for {@code latch}, at most 30 s, recording every interrupt and ignoring it. */
        private static void awaitPastInterrupts(CountDownLatch latch, Seen seen) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try {
                    latch.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    return; // released, or the test gave up
                } catch (InterruptedException e) {
                    seen.interrupted(e); // and goes on waiting
                }
            }
        }

        private static void spawnLate(SpawnLate m, ActorContext<Msg> context) {
            m.seen().entered.countDown();
            awaitPastInterrupts(m.spawn(), m.seen());
            ActorRef<Msg> child = context.spawn(m.child(), Stuck::new, BLOCKING);
            child.tell(new Hold(m.childSeen(), m.childRelease(), false));
            awaitPastInterrupts(m.childSeen().entered, m.seen());
        }

        private static void holdThenTell(HoldThenTell m) {
            m.seen().entered.countDown();
            try {
                new CountDownLatch(1).await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                m.seen().interrupted(e);
                Thread.currentThread().interrupt();
            }
            m.next().tell(m.probe());
        }
    }

    private static ActorSystem system(String name, RecordingMonitor monitor) {
        return ActorSystem.create(name, ActorSystemConfig.builder().parallelism(2)
                .monitor(monitor).build());
    }

    private static void awaitTerminated(ActorSystem system) throws Exception {
        system.whenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static List<Long> abandonedAfter(RecordingMonitor monitor, String path) {
        return monitor.all(MonitorEvent.ActorAbandoned.class).stream()
                .filter(a -> a.path().equals(path)).map(MonitorEvent.ActorAbandoned::timeoutMillis)
                .toList();
    }

    private static long deadLettersTo(RecordingMonitor monitor, String path, String reason) {
        return monitor.all(MonitorEvent.DeadLetter.class).stream()
                .filter(d -> d.path().equals(path) && d.reason().contains(reason)).count();
    }

    private static void tellNotes(ActorRef<Stuck.Msg> ref) {
        for (int i = 0; i < QUEUED; i++) {
            ref.tell(new Stuck.Note(i));
        }
    }

    /** Stuck in one handler with messages queued behind it; {@code close} gives up on it. */
    private static void abandonOne(boolean blocking, boolean rethrow) throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        ActorSystem system = system("close-one", monitor);
        Seen seen = new Seen();
        CountDownLatch release = new CountDownLatch(1);
        try {
            ActorRef<Stuck.Msg> stuck = system.spawn("stuck", Stuck::new,
                    blocking ? Stuck.BLOCKING : Stuck.POOL);
            stuck.tell(new Stuck.Hold(seen, release, rethrow));
            seen.awaitEntered();
            tellNotes(stuck);

            assertFalse(system.close(CLOSE), "the stuck actor stopped in time");
            seen.awaitInterrupted();
            assertEquals(blocking, seen.thread.isVirtual());
            assertEquals(List.of(CLOSE.toMillis()), abandonedAfter(monitor, "/user/stuck"));
            awaitTerminated(system);

            Accounting a = system.accounting();
            assertEquals(1 + QUEUED, a.sentByUsers(), a.toString());
            assertEquals(0, a.queued(), a.toString());
            assertEquals(rethrow ? 0 : 1, a.processed(), a.toString());
            assertEquals(rethrow ? 1 : 0, a.failed(), a.toString());
            assertEquals(QUEUED, a.deadLettered(), a.toString());
            assertEquals(QUEUED, deadLettersTo(monitor, "/user/stuck", "abandoned"));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aBlockingActorStuckInItsHandlerIsInterruptedAndWhenTerminatedWaitsForIt()
            throws Exception {
        abandonOne(true, false);
    }

    @Test
    void aPoolActorStuckInItsHandlerIsInterruptedAndWhenTerminatedWaitsForIt() throws Exception {
        abandonOne(false, true);
    }

    @Test
    void everyAbandonedActorOfTheTreeIsInterruptedAndReported() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        ActorSystem system = system("close-tree", monitor);
        Seen seen = new Seen();
        CountDownLatch release = new CountDownLatch(1);
        try {
            ActorRef<Stuck.Msg> parent = system.spawn("parent", Stuck::new, Stuck.POOL);
            ActorRef<Stuck.Msg> child = parent.ask(new Stuck.SpawnChild("child", true))
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
            child.tell(new Stuck.Hold(seen, release, false));
            seen.awaitEntered();
            tellNotes(child);

            assertFalse(system.close(CLOSE), "the stuck child stopped in time");
            seen.awaitInterrupted();
            // the parent was waiting for its child: it is abandoned as well
            assertEquals(List.of(CLOSE.toMillis()), abandonedAfter(monitor, "/user/parent"));
            assertEquals(List.of(CLOSE.toMillis()),
                    abandonedAfter(monitor, "/user/parent/child"));
            awaitTerminated(system);

            Accounting a = system.accounting();
            assertEquals(2 + QUEUED, a.sentByUsers(), a.toString()); // the ask, the hold, notes
            assertEquals(0, a.queued(), a.toString());
            assertEquals(2, a.processed(), a.toString());
            assertEquals(QUEUED, a.deadLettered(), a.toString());
            assertEquals(QUEUED, deadLettersTo(monitor, "/user/parent/child", "abandoned"));
        } finally {
            release.countDown();
        }
    }

    @Test
    void aChildSpawnedAfterTheSystemGaveUpIsAbandonedByItsParent() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        ActorSystem system = system("close-late", monitor);
        Seen seen = new Seen();
        Seen childSeen = new Seen();
        CountDownLatch spawn = new CountDownLatch(1);
        CountDownLatch childRelease = new CountDownLatch(1);
        try {
            ActorRef<Stuck.Msg> parent = system.spawn("parent", Stuck::new, Stuck.BLOCKING);
            parent.tell(new Stuck.SpawnLate(seen, spawn, "late", childSeen, childRelease));
            seen.awaitEntered();

            assertFalse(system.close(CLOSE));
            seen.awaitInterrupted();
            assertEquals(List.of(CLOSE.toMillis()), abandonedAfter(monitor, "/user/parent"));
            // the system has walked the tree: the parent, abandoned, now spawns a child that
            // holds, and returns; as it terminates, it abandons the child the walk never saw
            spawn.countDown();
            childSeen.awaitInterrupted();
            assertEquals(List.of(CLOSE.toMillis()), abandonedAfter(monitor, "/user/parent/late"));
            awaitTerminated(system);

            Accounting a = system.accounting();
            assertEquals(2, a.sentByUsers(), a.toString()); // the parent's message, the child's
            assertEquals(0, a.queued(), a.toString());
            assertEquals(2, a.processed(), a.toString());
        } finally {
            spawn.countDown();
            childRelease.countDown();
        }
    }

    @Test
    void theAccountingIsFinalOnceTheSystemHasTerminated() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        ActorSystem system = system("close-final", monitor);
        Seen seen = new Seen();
        CountDownLatch release = new CountDownLatch(1);
        try {
            ActorRef<Stuck.Msg> stuck = system.spawn("stuck", Stuck::new, Stuck.BLOCKING);
            stuck.tell(new Stuck.Hold(seen, release, false));
            seen.awaitEntered();
            tellNotes(stuck);
            assertFalse(system.close(CLOSE));
            awaitTerminated(system);

            Accounting before = system.accounting();
            stuck.tell(new Stuck.Note(99));
            Accounting after = system.accounting();
            assertEquals(new Accounting(before.processed(), before.failed(), before.dropped(),
                    before.expired(), before.deadLettered() + 1, before.cancelledTimers(),
                    before.queued(), before.timerMessages()), after,
                    "a tell after termination is one more dead letter, and nothing else moves");
            assertEquals(0, after.queued(), after.toString());
            assertEquals(2 + QUEUED, after.sentByUsers(), after.toString());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aChildItsSupervisorAbandonedStillHoldsTheClosingSystem() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        ActorSystem system = system("close-orphan", monitor);
        Seen seen = new Seen();
        CountDownLatch release = new CountDownLatch(1);
        try {
            Supervisor sup = Supervisor.start(system, "s", SupervisorSpec
                    .builder(Strategy.ONE_FOR_ONE)
                    .child(ChildSpec.worker("c", Stuck::new, Stuck.BLOCKING)
                            .withShutdown(Duration.ZERO))
                    .build());
            ActorRef<Stuck.Msg> child = sup.child("c");
            assertNotNull(child);
            child.tell(new Stuck.HoldPast(seen, release));
            seen.awaitEntered();
            tellNotes(child);

            // the supervisor abandons its child at once and stops; the child goes on running
            assertFalse(system.close(CLOSE), "close() did not wait for the abandoned child");
            seen.awaitInterrupted();
            assertEquals(List.of(0L, CLOSE.toMillis()), abandonedAfter(monitor, "/user/s/c"),
                    "abandoned by its supervisor, then by the closing system");
            assertFalse(system.whenTerminated().toCompletableFuture().isDone(),
                    "the system terminated while the abandoned child still ran");
            release.countDown();
            awaitTerminated(system);

            Accounting a = system.accounting();
            assertEquals(0, a.queued(), a.toString());
            assertEquals(QUEUED, deadLettersTo(monitor, "/user/s/c", "abandoned"));
            assertTrue(seen.interrupts.get() >= 2, "the closing system interrupted it again");
        } finally {
            release.countDown();
        }
    }

    @Test
    void anInterruptMeantForAnAbandonedActorDoesNotReachTheNextTurnOnItsCarrier()
            throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        // the handoff below stays put: the carrier monitor takes a cell out of a handoff slot
        // only once it has seen it there at two looks in a row, a millisecond apart, and the
        // child's turn ends right after its tell; the hour keeps the blocked report quiet
        try (ActorSystem system = ActorSystem.create("close-carrier", ActorSystemConfig.builder()
                .parallelism(2).monitor(monitor).blockedThreshold(Duration.ofHours(1)).build())) {
            Seen seen = new Seen();
            Supervisor sup = Supervisor.start(system, "s", SupervisorSpec
                    .builder(Strategy.ONE_FOR_ONE)
                    .child(ChildSpec.worker("c", Stuck::new, Stuck.POOL)
                            .withShutdown(Duration.ZERO))
                    .build());
            ActorRef<Stuck.Msg> child = sup.child("c");
            ActorRef<Stuck.Msg> next = system.spawn("next", Stuck::new, Stuck.POOL);
            Stuck.Probe probe = new Stuck.Probe(new CompletableFuture<>(),
                    new CompletableFuture<>());
            child.tell(new Stuck.HoldThenTell(seen, next, probe));
            seen.awaitEntered();

            sup.terminateChild("c"); // shutdown zero: abandoned and interrupted at once
            seen.awaitInterrupted();
            Thread ran = probe.thread().get(30, TimeUnit.SECONDS);
            // the child's tell handed "next" to its own carrier, which ran it right after
            assertSame(seen.thread, ran, "the probe did not run on the abandoned actor's carrier");
            assertFalse(probe.interrupted().get(30, TimeUnit.SECONDS),
                    "the interrupt reached the next turn on the carrier");
        }
    }
}
