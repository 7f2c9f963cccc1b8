package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.TestDescriptor;
import dev.rt.internal.SoloCarrierTest.Blocker;
import dev.rt.internal.TurnGoesOnTest.Bystander;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A chain of turns from the handoff slot yields to a cell that waits for its carrier ("Fairness"
 * in {@link Scheduler}): after {@link Scheduler#ALTERNATING_CHAIN} alternations when two actors
 * hand off to each other, after {@link Scheduler#HANDOFF_CHAIN} turns otherwise. On a pool of
 * one carrier, with a ball passed around actors that each handle it in a turn of its own, and a
 * bystander queued behind the actor that starts the chain, the bystander runs when the chain
 * ends: the number of turns it finds handled is the chain's length (the holder and the bystander
 * are {@link SoloCarrierTest}'s blocker and {@link TurnGoesOnTest}'s bystander). What the
 * shorter chain of two actors gains is measured in JMH (docs/benchmarks.md, change 30), not here.
 *
 * <p>The carrier monitor may cut a chain: when the machine deschedules the carrier in a turn for
 * a millisecond or more, the monitor sees that turn at two looks and takes the cell waiting in
 * the slot out as a wake-up from outside ({@link CarrierMonitor#rescues}). The carrier owes the
 * outside a turn once it has queued the bystander, so the rescued cell may start a chain of its
 * own before the bystander runs: each rescue can add one more chain to the turns the bystander
 * waits for. The bounds below count that, and an attempt that a rescue cut is tried again.
 */
class HandoffChainTest {

    private static final long WAIT_SECONDS = 60;
    /** Turns after which the ball stops, well past any chain's end. */
    private static final int TURNS = 1_000;

    /** Passes the ball to the next player until {@link #TURNS} turns have handled it. */
    record Player(AtomicReference<ActorRef<Ball>> next, AtomicLong turns, CountDownLatch done)
            implements Actor<Player.Ball> {

        record Ball() {}

        static final BehaviorDescriptor<Player, Ball> DESCRIPTOR =
                TestDescriptor.of(Ball.class, (actor, message, context, replier) -> {
                    if (actor.turns().incrementAndGet() < TURNS) {
                        actor.next().get().tell(message);
                    } else {
                        actor.done().countDown();
                    }
                });
    }

    /**
     * What one attempt saw.
     *
     * @param turns the number of the ball's turns the bystander found handled when it ran
     * @param rescues the cells the carrier monitor took out from behind a turn meanwhile
     */
    record Seen(long turns, long rescues) {

        /**
         * Fails unless the bystander ran after the first player's turn and within the turns that
         * chains of {@code chain} allow: one chain, and one more for each rescue.
         *
         * @param chain the bound the chain runs to
         * @param shape the actors the ball went round, for the message
         */
        void assertWithin(int chain, String shape) {
            long bound = (1 + rescues) * (chain + 1L);
            assertTrue(turns >= 1 && turns <= bound, "the bystander waited for " + turns
                    + " turns of " + shape + ", where the chain ends after " + (chain + 1)
                    + " (" + rescues + " rescues by the monitor: at most " + bound + ")");
        }
    }

    /**
     * Passes a ball around a ring of {@code players} actors on a pool of one carrier, with a
     * bystander told right after the first player, while a holder keeps the carrier from both;
     * then lets the holder go.
     *
     * @return what the bystander saw, and the monitor's rescues while the ball went round
     */
    private static Seen turnsBeforeTheBystander(int players) throws InterruptedException {
        ActorSystemConfig config = ActorSystemConfig.builder().parallelism(1)
                .blockedThreshold(Duration.ZERO).build();
        try (ActorSystem system = ActorSystem.create("handoff-chain", config)) {
            AtomicLong turns = new AtomicLong();
            CountDownLatch done = new CountDownLatch(1);
            List<AtomicReference<ActorRef<Player.Ball>>> nexts = new ArrayList<>();
            List<ActorRef<Player.Ball>> ring = new ArrayList<>();
            for (int i = 0; i < players; i++) {
                AtomicReference<ActorRef<Player.Ball>> next = new AtomicReference<>();
                nexts.add(next);
                ring.add(system.spawn("player-" + i, () -> new Player(next, turns, done),
                        Player.DESCRIPTOR));
            }
            for (int i = 0; i < players; i++) {
                nexts.get(i).set(ring.get((i + 1) % players));
            }
            AtomicLong seen = new AtomicLong(-1);
            CountDownLatch ran = new CountDownLatch(1);
            ActorRef<Bystander.Poke> bystander = system.spawn("bystander",
                    () -> new Bystander(turns, seen, ran), Bystander.DESCRIPTOR);
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch go = new CountDownLatch(1);
            system.spawn("holder", () -> new Blocker(entered, go), Blocker.DESCRIPTOR)
                    .tell(new Blocker.Go());
            assertTrue(entered.await(WAIT_SECONDS, TimeUnit.SECONDS), "the holder never ran");

            CarrierMonitor monitor = ((LocalRef<?>) bystander).cell.system.scheduler().monitor();
            long rescuesBefore = monitor.rescues();
            ring.get(0).tell(new Player.Ball()); // starts the chain, once the carrier is free
            bystander.tell(new Bystander.Poke()); // waits for the carrier behind it
            go.countDown();

            assertTrue(ran.await(WAIT_SECONDS, TimeUnit.SECONDS), "the bystander never ran");
            assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS), "the ball stopped early");
            assertEquals(TURNS, turns.get(), "turns that handled the ball");
            return new Seen(seen.get(), monitor.rescues() - rescuesBefore);
        }
    }

    /**
     * Two actors alternate, so their chain ends after {@link Scheduler#ALTERNATING_CHAIN}
     * alternations: the first player's turn, then the second player's, which does not alternate
     * yet, and the alternations before the bound. An attempt that a rescue cut is tried again, up
     * to three times; every attempt must keep within the bound its rescues allow.
     */
    @Test
    @Timeout(300)
    void twoActorsThatHandOffToEachOtherYieldAfterTheAlternatingBound() throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            Seen seen = turnsBeforeTheBystander(2);
            seen.assertWithin(Scheduler.ALTERNATING_CHAIN, "two actors handing off to each other");
            if (seen.rescues() == 0) {
                return;
            }
        }
    }

    /**
     * A ring of three does not alternate, so its chain runs to {@link Scheduler#HANDOFF_CHAIN}.
     * A rescue by the carrier monitor may end a chain early, so a chain that ends short is tried
     * again, up to three times; a rule that took the ring for two actors alternating ends it
     * short every time.
     */
    @Test
    @Timeout(300)
    void aRingOfThreeRunsUpToTheHandoffBound() throws Exception {
        List<Long> seen = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            Seen s = turnsBeforeTheBystander(3);
            seen.add(s.turns());
            s.assertWithin(Scheduler.HANDOFF_CHAIN, "a ring of three");
            if (s.turns() > Scheduler.ALTERNATING_CHAIN + 1) {
                return;
            }
        }
        throw new AssertionError("a ring of three ended its chain as two alternating actors do,"
                + " after these numbers of turns: " + seen);
    }
}
