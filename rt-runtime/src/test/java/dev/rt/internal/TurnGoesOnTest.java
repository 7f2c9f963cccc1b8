package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.TestDescriptor;
import dev.rt.spi.BehaviorDescriptor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A turn that stops at the system's throughput with mail left goes on into the cell's next turn
 * on the same carrier, holding its status, while nothing else waits for that carrier ({@link
 * CellCore#runTurn}, {@link Scheduler#goesOnHere}); what it saves is measured in JMH
 * (docs/benchmarks.md, change 25), not here. These tests pin what must hold: the status is not
 * released between such turns, each is still a turn to the carrier monitor, and a cell that
 * waits for the carrier gets it after one turn as before.
 */
class TurnGoesOnTest {

    private static final long WAIT_SECONDS = 60;
    private static final int BACKLOG = 20_000;

    /**
     * Waits at its first message until let go, then counts the rest, and notes the carrier's
     * turn count at its second message and at its last.
     */
    record Streamer(CountDownLatch entered, CountDownLatch go, AtomicLong handled,
            AtomicLong firstTurn, AtomicLong lastTurn, int last)
            implements Actor<Streamer.Item> {

        record Item(int n) {}

        static final BehaviorDescriptor<Streamer, Item> DESCRIPTOR =
                TestDescriptor.of(Item.class, (actor, message, context, replier) -> {
                    if (message.n() == 0) {
                        actor.entered().countDown();
                        actor.go().await(WAIT_SECONDS, TimeUnit.SECONDS);
                        return;
                    }
                    long turns = ((CarrierThread) Thread.currentThread()).turns();
                    if (message.n() == 1) {
                        actor.firstTurn().set(turns);
                    }
                    if (message.n() == actor.last()) {
                        actor.lastTurn().set(turns);
                    }
                    actor.handled().incrementAndGet();
                });
    }

    /** Notes how many of the streamer's messages had been handled when its one message came. */
    record Bystander(AtomicLong streamed, AtomicLong seen, CountDownLatch ran)
            implements Actor<Bystander.Poke> {

        record Poke() {}

        static final BehaviorDescriptor<Bystander, Poke> DESCRIPTOR =
                TestDescriptor.of(Poke.class, (actor, message, context, replier) -> {
                    actor.seen().set(actor.streamed().get());
                    actor.ran().countDown();
                });
    }

    /** One carrier and one message a turn: every message of the backlog ends a turn. */
    private static ActorSystem oneCarrier(String name) {
        return ActorSystem.create(name,
                ActorSystemConfig.builder().parallelism(1).throughput(1).build());
    }

    /** A streamer held in its first message, with {@link #BACKLOG} more queued behind it. */
    record Backlog(ActorCell<?, ?> cell, CountDownLatch go, AtomicLong handled,
            AtomicLong firstTurn, AtomicLong lastTurn) {

        /**
         * Spawns the streamer, waits until its first message holds the one carrier, then queues
         * the backlog; {@link #go} lets it through.
         */
        static Backlog queue(ActorSystem system, AtomicLong handled) throws InterruptedException {
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch go = new CountDownLatch(1);
            AtomicLong firstTurn = new AtomicLong(-1);
            AtomicLong lastTurn = new AtomicLong(-1);
            ActorRef<Streamer.Item> streamer = system.spawn("streamer",
                    () -> new Streamer(entered, go, handled, firstTurn, lastTurn, BACKLOG),
                    Streamer.DESCRIPTOR);
            streamer.tell(new Streamer.Item(0));
            assertTrue(entered.await(WAIT_SECONDS, TimeUnit.SECONDS), "the first message ran");
            for (int n = 1; n <= BACKLOG; n++) {
                streamer.tell(new Streamer.Item(n));
            }
            return new Backlog(Refs.cellOf(streamer), go, handled, firstTurn, lastTurn);
        }
    }

    @Test
    @Timeout(120)
    void aBacklogRunsInTurnsThatHoldTheStatusAndThatTheMonitorSees() throws Exception {
        try (ActorSystem system = oneCarrier("turn-goes-on")) {
            AtomicLong handled = new AtomicLong();
            Backlog backlog = Backlog.queue(system, handled);

            backlog.go().countDown();
            long idleBefore = -1;
            while (handled.get() < BACKLOG) {
                // the status first: an IDLE read before the last message is handled is one that
                // the cell wrote between two turns of its backlog
                if (backlog.cell().idle() && handled.get() < BACKLOG) {
                    idleBefore = handled.get();
                    break;
                }
                Thread.onSpinWait();
            }

            assertEquals(-1, idleBefore, "the cell released its status between two turns of its"
                    + " backlog, after " + idleBefore + " of " + BACKLOG + " messages");
            // both turn counts were set before the count that ended the loop above
            long turns = backlog.lastTurn().get() - backlog.firstTurn().get();
            assertTrue(turns >= BACKLOG - 1, "the carrier counted " + turns
                    + " turns between the first and the last of " + BACKLOG
                    + " messages, one a turn");
        }
    }

    @Test
    @Timeout(120)
    void aCellThatWaitsForTheCarrierRunsBeforeTheBacklogIsThrough() throws Exception {
        try (ActorSystem system = oneCarrier("turn-yields")) {
            AtomicLong handled = new AtomicLong();
            AtomicLong seen = new AtomicLong(-1);
            CountDownLatch ran = new CountDownLatch(1);
            ActorRef<Bystander.Poke> bystander = system.spawn("bystander",
                    () -> new Bystander(handled, seen, ran), Bystander.DESCRIPTOR);
            Backlog backlog = Backlog.queue(system, handled);
            bystander.tell(new Bystander.Poke()); // waits for the one carrier

            backlog.go().countDown();

            assertTrue(ran.await(WAIT_SECONDS, TimeUnit.SECONDS), "the bystander never ran");
            assertTrue(seen.get() <= Scheduler.HANDOFF_CHAIN, "the bystander waited for "
                    + seen.get() + " of the streamer's " + BACKLOG + " messages, one a turn");
        }
    }
}
