package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The handoff slot: a turn that wakes an idle actor on a carrier of the pool runs that actor next
 * on the same carrier. These tests check that nothing is lost or duplicated along such chains,
 * and that an endless chain cannot keep the carrier from the rest of the pool's work. The same
 * for an actor whose turns follow each other on one carrier ("staying put"): it keeps the carrier
 * while nothing else waits for it, and only then.
 */
class HandoffTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    /** Passes a ball to the next actor until the ball's hops run out; hops below 0 never do. */
    static final class Bouncer implements Actor<Bouncer.Msg> {

        sealed interface Msg {}

        /** Sets the actor that the ball goes to next. */
        record Next(ActorRef<Msg> next) implements Msg {}

        record Ball(long hopsLeft) implements Msg {}

        /** Counts down once handled: everything sent before it has been handled. */
        record Sync(CountDownLatch handled) implements Msg {}

        /** The threads that handled balls with fewer than 1,000 hops left. */
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        private final AtomicLong handled;
        private final CountDownLatch done;
        private ActorRef<Msg> next;

        Bouncer(AtomicLong handled, CountDownLatch done) {
            this.handled = handled;
            this.done = done;
        }

        static final BehaviorDescriptor<Bouncer, Msg> DESCRIPTOR =
                TestDescriptor.of(Msg.class, (actor, message, context, replier) -> {
                    switch (message) {
                        case Next m -> actor.next = m.next();
                        case Sync m -> m.handled().countDown();
                        case Ball m -> {
                            if (m.hopsLeft() < 1_000) {
                                actor.threads.add(Thread.currentThread().getName());
                            }
                            actor.handled.incrementAndGet();
                            if (m.hopsLeft() == 0) {
                                actor.done.countDown();
                            } else {
                                actor.next.tell(new Ball(m.hopsLeft() - 1));
                            }
                        }
                    }
                });
    }

    /** Tells another actor, then waits in the same handler until that actor has handled it. */
    static final class Teller implements Actor<Teller.Msg> {

        sealed interface Msg {}

        record TellAndWait(ActorRef<Counter.Msg> to) implements Msg {}

        final CountDownLatch waited = new CountDownLatch(1);

        static final BehaviorDescriptor<Teller, Msg> DESCRIPTOR =
                TestDescriptor.of(Msg.class, (actor, message, context, replier) -> {
                    switch (message) {
                        case TellAndWait m -> {
                            CountDownLatch handled = new CountDownLatch(1);
                            m.to().tell(new Counter.Block(handled, new CountDownLatch(0)));
                            if (handled.await(LONG.toSeconds(), TimeUnit.SECONDS)) {
                                actor.waited.countDown();
                            }
                        }
                    }
                });
    }

    private static List<ActorRef<Bouncer.Msg>> ring(ActorSystem system, String prefix, int size,
            AtomicLong handled, CountDownLatch done) {
        List<ActorRef<Bouncer.Msg>> ring = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ring.add(system.spawn(prefix + i, () -> new Bouncer(handled, done),
                    Bouncer.DESCRIPTOR));
        }
        for (int i = 0; i < size; i++) {
            ring.get(i).tell(new Bouncer.Next(ring.get((i + 1) % size)));
        }
        return ring;
    }

    @Test
    void theHandoffRunsWithTheBlockedActorReportsTurnedOff() throws Exception {
        // blockedThreshold zero turns the reports off, not the scheduling policy: a ball passed
        // between two idle actors stays on one carrier, hop after hop (the first hops may still
        // meet an actor finishing its Sync turn elsewhere, so only the last 1,000 are checked)
        ActorSystemConfig quiet = ActorSystemConfig.builder().parallelism(2)
                .blockedThreshold(Duration.ZERO).build();
        try (ActorSystem system = ActorSystem.create("quiet", quiet)) {
            AtomicLong handled = new AtomicLong();
            CountDownLatch done = new CountDownLatch(1);
            Bouncer a = new Bouncer(handled, done);
            Bouncer b = new Bouncer(handled, done);
            ActorRef<Bouncer.Msg> refA = system.spawn("a", () -> a, Bouncer.DESCRIPTOR);
            ActorRef<Bouncer.Msg> refB = system.spawn("b", () -> b, Bouncer.DESCRIPTOR);
            refA.tell(new Bouncer.Next(refB));
            refB.tell(new Bouncer.Next(refA));
            CountDownLatch idle = new CountDownLatch(2);
            refA.tell(new Bouncer.Sync(idle));
            refB.tell(new Bouncer.Sync(idle));
            assertEquals(true, idle.await(LONG.toSeconds(), TimeUnit.SECONDS));
            refA.tell(new Bouncer.Ball(3_000));
            assertEquals(true, done.await(LONG.toSeconds(), TimeUnit.SECONDS), "ball came home");
            Set<String> threads = new java.util.HashSet<>(a.threads);
            threads.addAll(b.threads);
            assertEquals(1, threads.size(), "every hop on one carrier: " + threads);
        }
    }

    @Test
    void ringsHandleEveryHopExactlyOnce() throws Exception {
        int rings = 8;
        int size = 10;
        long hops = 20_000;
        try (ActorSystem system = ActorSystem.create("rings")) {
            AtomicLong handled = new AtomicLong();
            CountDownLatch done = new CountDownLatch(rings);
            for (int r = 0; r < rings; r++) {
                ring(system, "ring-" + r + "-", size, handled, done).get(0)
                        .tell(new Bouncer.Ball(hops));
            }
            assertEquals(true, done.await(LONG.toSeconds(), TimeUnit.SECONDS), "rings finished");
            assertEquals(rings * (hops + 1), handled.get());
        }
    }

    @Test
    void anEndlessChainDoesNotStarveTheOtherActorsOfItsCarrier() throws Exception {
        ActorSystemConfig oneCarrier = ActorSystemConfig.builder().parallelism(1).build();
        try (ActorSystem system = ActorSystem.create("endless", oneCarrier)) {
            AtomicLong handled = new AtomicLong();
            CountDownLatch never = new CountDownLatch(1);
            ring(system, "pair-", 2, handled, never).get(0).tell(new Bouncer.Ball(-1));
            // The only carrier now runs the pair's handoff chain without end. The counter is
            // scheduled through the pool's queue, behind that chain: it runs only if the chain
            // gives the carrier back.
            ActorRef<Counter.Msg> counter = Counter.spawn(system, "counter");
            counter.tell(new Counter.Add(3));
            assertEquals(3L, counter.ask(new Counter.Get(), LONG).toCompletableFuture()
                    .get(LONG.toSeconds(), TimeUnit.SECONDS));
        }
    }

    @Test
    void anActorHandedOffByAHandlerThatThenWaitsIsNotStrandedBehindIt() throws Exception {
        // with the blocked-actor reports off, so the rescue is shown to be the scheduler's own
        ActorSystemConfig twoCarriers = ActorSystemConfig.builder().parallelism(2)
                .blockedThreshold(Duration.ZERO).build();
        try (ActorSystem system = ActorSystem.create("stranded", twoCarriers)) {
            Counter.Hooks hooks = new Counter.Hooks();
            ActorRef<Counter.Msg> target = Counter.spawn(system, "target", hooks);
            assertEquals(true, hooks.started.await(LONG.toSeconds(), TimeUnit.SECONDS));
            Teller teller = new Teller();
            ActorRef<Teller.Msg> ref = system.spawn("teller", () -> teller,
                    Teller.DESCRIPTOR);
            // The tell hands the idle target off to the teller's carrier, and the teller's
            // handler then waits for the target: the target must run elsewhere (the carrier monitor
            // takes it out of the slot), or the two wait for each other.
            ref.tell(new Teller.TellAndWait(target));
            assertEquals(true, teller.waited.await(LONG.toSeconds(), TimeUnit.SECONDS),
                    "the target handled the message while the teller waited");
        }
    }

    /** Notes the thread of every message it is told; blocks in its first handler until let go. */
    static final class Recorder implements Actor<Recorder.Msg> {

        sealed interface Msg {}

        record Hold(CountDownLatch holding, CountDownLatch release) implements Msg {}

        record Note() implements Msg {}

        record Sync(CountDownLatch handled) implements Msg {}

        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final AtomicLong noted = new AtomicLong();

        static final BehaviorDescriptor<Recorder, Msg> DESCRIPTOR =
                TestDescriptor.of(Msg.class, (actor, message, context, replier) -> {
                    switch (message) {
                        case Hold m -> {
                            m.holding().countDown();
                            m.release().await(LONG.toSeconds(), TimeUnit.SECONDS);
                        }
                        case Note m -> {
                            actor.threads.add(Thread.currentThread().getName());
                            actor.noted.incrementAndGet();
                        }
                        case Sync m -> m.handled().countDown();
                    }
                });
    }

    /** Tells itself its next message from each handler: never idle, never done. */
    static final class SelfFeeder implements Actor<SelfFeeder.Feed> {

        record Feed() {}

        static final BehaviorDescriptor<SelfFeeder, Feed> DESCRIPTOR =
                TestDescriptor.of(Feed.class, (actor, message, context, replier) -> {
                    context.self().tell(new Feed());
                });
    }

    @Test
    void anActorWithABacklogKeepsItsCarrierWhileNothingElseWaits() throws Exception {
        int backlog = 20_000; // 625 turns of the default throughput
        ActorSystemConfig twoCarriers = ActorSystemConfig.builder().parallelism(2).build();
        try (ActorSystem system = ActorSystem.create("backlog", twoCarriers)) {
            Recorder recorder = new Recorder();
            ActorRef<Recorder.Msg> ref = system.spawn("recorder", () -> recorder,
                    Recorder.DESCRIPTOR);
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ref.tell(new Recorder.Hold(holding, release));
            assertEquals(true, holding.await(LONG.toSeconds(), TimeUnit.SECONDS));
            for (int i = 0; i < backlog; i++) {
                ref.tell(new Recorder.Note()); // queued behind the held turn: no scheduling
            }
            release.countDown();
            CountDownLatch synced = new CountDownLatch(1);
            ref.tell(new Recorder.Sync(synced));
            assertEquals(true, synced.await(LONG.toSeconds(), TimeUnit.SECONDS));
            assertEquals(backlog, recorder.noted.get());
            // Every turn after the first found the other carrier idle and its own queue empty:
            // pushing the actor onto that queue would have woken the other carrier to take it.
            assertEquals(1, recorder.threads.size(), "threads: " + recorder.threads);
        }
    }

    @Test
    void anActorThatKeepsItsCarrierStillLetsWorkFromOutsideIn() throws Exception {
        ActorSystemConfig oneCarrier = ActorSystemConfig.builder().parallelism(1).build();
        try (ActorSystem system = ActorSystem.create("self-feeder", oneCarrier)) {
            system.spawn("feeder", SelfFeeder::new, SelfFeeder.DESCRIPTOR)
                    .tell(new SelfFeeder.Feed());
            // The only carrier now runs the feeder's turns without end, each one after the
            // last on the same carrier while nothing else waits. The counter's spawn and its
            // messages are submitted from outside: they run only if the feeder lets them in.
            ActorRef<Counter.Msg> counter = Counter.spawn(system, "counter");
            counter.tell(new Counter.Add(3));
            assertEquals(3L, counter.ask(new Counter.Get(), LONG).toCompletableFuture()
                    .get(LONG.toSeconds(), TimeUnit.SECONDS));
        }
    }
}
