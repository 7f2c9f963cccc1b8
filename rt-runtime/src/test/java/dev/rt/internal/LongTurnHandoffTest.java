package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.TestDescriptor;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A turn that the carrier monitor found running long hands nothing off any more: a handler that
 * goes on working after it wakes an actor would otherwise strand that actor in its carrier's
 * handoff slot again each time the actor drains its mailbox and goes idle. Sits in the engine's
 * package to look at the carrier's slot from inside the handler.
 */
class LongTurnHandoffTest {

    private static final long WAIT_SECONDS = 60;

    /** Releases a permit for every message it handles. */
    record Target(Semaphore handled) implements Actor<Target.Ping> {

        record Ping() {}

        static final BehaviorDescriptor<Target, Ping> DESCRIPTOR =
                TestDescriptor.of(Ping.class, (actor, message, context, replier) -> {
                    actor.handled().release();
                });
    }

    /**
     * In one handler: tells the idle target, waits until it has handled that (the monitor had
     * to take it out of this carrier's slot), tells it again, and notes whether the second tell
     * put it into the slot. Each tell waits until the target is idle: a tell that finds it still
     * in a turn (its start, or the end of the turn that handled the ping before) is queued behind
     * that turn and never reaches the slot, whatever the scheduler does.
     */
    record Producer(Semaphore handled, AtomicReference<String> seen, CountDownLatch done)
            implements Actor<Producer.Go> {

        record Go(ActorRef<Target.Ping> target) {}

        static final BehaviorDescriptor<Producer, Go> DESCRIPTOR =
                TestDescriptor.of(Go.class, (actor, message, context, replier) -> {
                    CarrierThread carrier = (CarrierThread) Thread.currentThread();
                    awaitIdle(message.target());
                    message.target().tell(new Target.Ping());
                    if (!carrier.looksFull()) {
                        actor.seen().set("the first ping was not handed off");
                    } else if (!actor.handled().tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                        actor.seen().set("the first ping was never handled");
                    } else {
                        awaitIdle(message.target());
                        message.target().tell(new Target.Ping());
                        actor.seen().set(carrier.looksFull() ? "in the slot" : "not in the slot");
                        if (!actor.handled().tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                            actor.seen().set("the second ping was never handled");
                        }
                    }
                    actor.done().countDown();
                });
    }

    /** Waits, at most {@link #WAIT_SECONDS}, until no turn of the target runs or is scheduled. */
    static void awaitIdle(ActorRef<?> target) {
        CellTask cell = ((LocalRef<?>) target).cell;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!cell.idle() && System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
        }
    }

    @Test
    void aTurnTheMonitorFoundLongWakesActorsIntoThePoolNotItsSlot() throws Exception {
        ActorSystemConfig twoCarriers = ActorSystemConfig.builder().parallelism(2)
                .blockedThreshold(Duration.ZERO).build();
        try (ActorSystem system = ActorSystem.create("long-turn", twoCarriers)) {
            Semaphore handled = new Semaphore(0);
            AtomicReference<String> seen = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            ActorRef<Target.Ping> target =
                    system.spawn("target", () -> new Target(handled), Target.DESCRIPTOR);
            ActorRef<Producer.Go> producer = system.spawn("producer",
                    () -> new Producer(handled, seen, done), Producer.DESCRIPTOR);
            producer.tell(new Producer.Go(target));
            assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS), "the producer did not finish");
            assertEquals("not in the slot", seen.get());
        }
    }
}
