package dev.rt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.annotation.Strategy;
import dev.rt.spi.Dispatcher;
import dev.rt.spi.Replier;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Abandoned actors: each one's handler is interrupted, and the interrupt reaches no other actor.
 * No sleeps: the handlers wait on latches, at most 30 s, so that a failing run ends.
 */
class CloseTest {

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

    /** A behavior with a hand-written dispatcher, pool or blocking, as the processor makes them. */
    static final class Stuck implements Actor<Stuck.Msg> {
        sealed interface Msg {}

        /**
         * Waits to be interrupted, re-asserts the interrupt (the usual idiom), tells {@code next}
         * to {@link Probe}, and returns.
         */
        record HoldThenTell(Seen seen, ActorRef<Msg> next, Probe probe) implements Msg {}

        /** Reports the thread that handles it and whether that thread is interrupted. */
        record Probe(CompletableFuture<Thread> thread, CompletableFuture<Boolean> interrupted)
                implements Msg {}

        static final Dispatch POOL = new Dispatch(false);
        static final Dispatch BLOCKING = new Dispatch(true);

        static final class Dispatch implements Dispatcher<Stuck, Msg> {
            private final boolean blocking;

            Dispatch(boolean blocking) {
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
                    case HoldThenTell m -> holdThenTell(m);
                    case Probe m -> {
                        m.thread().complete(Thread.currentThread());
                        m.interrupted().complete(Thread.currentThread().isInterrupted());
                    }
                }
            }
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

    @Test
    void anInterruptMeantForAnAbandonedActorDoesNotReachTheNextTurnOnItsCarrier()
            throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        // a watchdog that never looks during the test: the handoff below stays on its carrier
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
