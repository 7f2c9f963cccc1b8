package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.Eventually;
import dev.rt.TestDescriptor;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A turn that the carrier monitor found running long hands nothing off any more: a handler that
 * goes on working after it wakes an actor would otherwise strand that actor in its carrier's
 * handoff slot again each time the actor drains its mailbox and goes idle. The actors it wakes
 * wait in the carrier's deferred list instead, which the monitor empties into the pool at every
 * look. Sits in the engine's package to look at the carrier from inside the handler.
 */
class LongTurnHandoffTest {

    private static final long WAIT_SECONDS = 60;

    /** Every test's system (and {@link PoolTurnTest}'s): two carriers, no blocked-actor reports. */
    static final ActorSystemConfig TWO_CARRIERS = ActorSystemConfig.builder()
            .parallelism(2).blockedThreshold(Duration.ZERO).build();

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

    /**
     * In one handler: tells its idle targets one after the other, round the list, so that each
     * wake-up pushes the one before it out of the slot, until the monitor marks the turn long or
     * {@link #WAIT_SECONDS} pass. Then notes which rule marked it, by the monitor's count of
     * fan-out marks: the stranding rule can mark it first when the handler stalls for a whole
     * period with one cell in its slot.
     */
    record Spreader(AtomicReference<String> seen, CountDownLatch done)
            implements Actor<Spreader.Go> {

        record Go(List<ActorRef<Target.Ping>> targets) {}

        static final BehaviorDescriptor<Spreader, Go> DESCRIPTOR =
                TestDescriptor.of(Go.class, (actor, message, context, replier) -> {
                    CarrierThread carrier = (CarrierThread) Thread.currentThread();
                    List<ActorRef<Target.Ping>> targets = message.targets();
                    CarrierMonitor monitor =
                            ((LocalRef<?>) targets.get(0)).cell.system.scheduler().monitor();
                    long marksBefore = monitor.fanOutMarks();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
                    for (int i = 0; carrier.mayHandOff() && System.nanoTime() - deadline < 0;
                            i++) {
                        targets.get(i % targets.size()).tell(new Target.Ping());
                    }
                    actor.seen().set(carrier.mayHandOff() ? "never marked long"
                            : monitor.fanOutMarks() == marksBefore ? "marked by the other rule"
                            : "marked as a fan-out");
                    actor.done().countDown();
                });
    }

    /**
     * Waits, at most {@link Eventually#WAIT_SECONDS}, until no turn of the target runs or is
     * scheduled.
     */
    static void awaitIdle(ActorRef<?> target) {
        CellCore cell = ((LocalRef<?>) target).cell;
        Eventually.holds(cell::idle);
    }

    /**
     * In one handler: tells the first idle target (into the slot), waits until the monitor has
     * marked this turn long (it has seen the turn twice with a cell in the slot) and has taken
     * that target out of the slot, which it does just after the mark (the target's ping then
     * gets handled), then tells each other idle target once and, still in the same turn, waits
     * until every one has handled its ping. Those pings' wake-ups wait in the carrier's deferred
     * list, which only the monitor can empty while the turn goes on: if it did not, the handler
     * would wait for ever. Waiting for the first ping matters: between the mark and the rescue
     * the first target is still in the slot, where a look would take it for a later wake-up.
     */
    record Fanout(int targets, Semaphore handled, AtomicReference<String> seen,
            CountDownLatch done) implements Actor<Fanout.Go> {

        record Go(List<ActorRef<Target.Ping>> targets) {}

        static final BehaviorDescriptor<Fanout, Go> DESCRIPTOR =
                TestDescriptor.of(Go.class, (actor, message, context, replier) -> {
                    CarrierThread carrier = (CarrierThread) Thread.currentThread();
                    List<ActorRef<Target.Ping>> targets = message.targets();
                    awaitIdle(targets.get(0));
                    targets.get(0).tell(new Target.Ping());
                    // until the monitor has seen this turn twice
                    Eventually.holds(() -> !carrier.mayHandOff());
                    if (carrier.mayHandOff()) {
                        actor.seen().set("the turn was never marked long");
                    } else if (!actor.handled().tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                        actor.seen().set("the first ping was never taken out of the slot");
                    } else {
                        String where = "deferred";
                        for (ActorRef<Target.Ping> target : targets.subList(1, targets.size())) {
                            awaitIdle(target);
                            target.tell(new Target.Ping());
                            if (carrier.looksFull()) {
                                where = "a wake-up went into the slot";
                            }
                        }
                        actor.seen().set(!actor.handled().tryAcquire(actor.targets() - 1,
                                WAIT_SECONDS, TimeUnit.SECONDS)
                                ? "the pings were not all handled while the turn ran" : where);
                    }
                    actor.done().countDown();
                });
    }

    /**
     * In one handler, started while the monitor dozes: notes whether the monitor still dozes,
     * tells the idle target (into the slot), and notes whether it dozes then; waits until the
     * target has handled the ping, which only the monitor can make happen while this turn runs.
     */
    record Waker(Semaphore handled, AtomicReference<String> seen, CountDownLatch done)
            implements Actor<Waker.Go> {

        record Go(ActorRef<Target.Ping> target) {}

        static final BehaviorDescriptor<Waker, Go> DESCRIPTOR =
                TestDescriptor.of(Go.class, (actor, message, context, replier) -> {
                    CellCore cell = ((LocalRef<?>) message.target()).cell;
                    CarrierMonitor monitor = cell.system.scheduler().monitor();
                    awaitIdle(message.target());
                    boolean dozedBefore = monitor.dozing();
                    message.target().tell(new Target.Ping());
                    boolean dozesAfter = monitor.dozing();
                    actor.seen().set(!dozedBefore ? "awake before the tell"
                            : dozesAfter ? "still dozing after the tell"
                            : !actor.handled().tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)
                            ? "the ping was not handled while the turn ran" : "woken");
                    actor.done().countDown();
                });
    }

    /**
     * Waits, at most {@link #WAIT_SECONDS}, until the monitor of an idle system has dozed off
     * five times in a row: its pause doubles each time, so the doze it is in then lasts tens of
     * milliseconds, and a handler started now most likely runs before it ends.
     */
    static void awaitLongDoze(CarrierMonitor monitor) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        boolean was = monitor.dozing();
        for (int dozes = 0; dozes < 5 && System.nanoTime() - deadline < 0; ) {
            boolean is = monitor.dozing();
            if (is && !was) {
                dozes++;
            }
            was = is;
            Thread.onSpinWait();
        }
    }

    @Test
    void aHandoffWakesADozingMonitor() throws Exception {
        try (ActorSystem system = ActorSystem.create("dozing-monitor", TWO_CARRIERS)) {
            Semaphore handled = new Semaphore(0);
            ActorRef<Target.Ping> target =
                    system.spawn("target", () -> new Target(handled), Target.DESCRIPTOR);
            CarrierMonitor monitor = ((LocalRef<?>) target).cell.system.scheduler().monitor();
            String seen = "awake before the tell";
            // the monitor may wake on its own between the two looks: try again, a few times
            for (int attempt = 0; attempt < 5 && seen.equals("awake before the tell");
                    attempt++) {
                awaitLongDoze(monitor);
                AtomicReference<String> result = new AtomicReference<>();
                CountDownLatch done = new CountDownLatch(1);
                ActorRef<Waker.Go> waker = system.spawn("waker-" + attempt,
                        () -> new Waker(handled, result, done), Waker.DESCRIPTOR);
                waker.tell(new Waker.Go(target));
                assertTrue(done.await(WAIT_SECONDS * 2, TimeUnit.SECONDS),
                        "the waker did not finish");
                seen = result.get();
            }
            assertEquals("woken", seen);
        }
    }

    @Test
    void aTurnThatWakesManyActorsIsMarkedLongByTheFanOutRule() throws Exception {
        try (ActorSystem system = ActorSystem.create("fan-out", TWO_CARRIERS)) {
            Semaphore handled = new Semaphore(0);
            String seen = "marked by the other rule";
            // a handler preempted for a whole period, or whose tells found their targets busy
            // for one, strands the slot's cell, and the stranding rule marks the turn first: try
            // again, with targets never told before, a few times
            for (int attempt = 0; attempt < 10 && seen.equals("marked by the other rule");
                    attempt++) {
                List<ActorRef<Target.Ping>> targets = new ArrayList<>();
                for (int i = 0; i < 128 * CarrierMonitor.FAN_OUT; i++) {
                    targets.add(system.spawn("target-" + attempt + "-" + i,
                            () -> new Target(handled), Target.DESCRIPTOR));
                }
                for (ActorRef<Target.Ping> target : targets) {
                    awaitIdle(target); // started, so that the first tell wakes it
                }
                AtomicReference<String> result = new AtomicReference<>();
                CountDownLatch done = new CountDownLatch(1);
                ActorRef<Spreader.Go> spreader = system.spawn("spreader-" + attempt,
                        () -> new Spreader(result, done), Spreader.DESCRIPTOR);
                spreader.tell(new Spreader.Go(targets));
                assertTrue(done.await(WAIT_SECONDS * 2, TimeUnit.SECONDS),
                        "the spreader did not finish");
                seen = result.get();
            }
            assertEquals("marked as a fan-out", seen);
        }
    }

    @Test
    void aLongTurnsWakeUpsReachTheirActorsWhileItRuns() throws Exception {
        int n = 20;
        try (ActorSystem system = ActorSystem.create("long-turn-fanout", TWO_CARRIERS)) {
            Semaphore handled = new Semaphore(0);
            AtomicReference<String> seen = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            List<ActorRef<Target.Ping>> targets = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                targets.add(system.spawn("target-" + i, () -> new Target(handled),
                        Target.DESCRIPTOR));
            }
            ActorRef<Fanout.Go> fanout = system.spawn("fanout",
                    () -> new Fanout(n, handled, seen, done), Fanout.DESCRIPTOR);
            fanout.tell(new Fanout.Go(targets));
            assertTrue(done.await(WAIT_SECONDS * 3, TimeUnit.SECONDS),
                    "the fan-out did not finish");
            assertEquals("deferred", seen.get());
        }
    }

    @Test
    void aTurnTheMonitorFoundLongWakesActorsIntoThePoolNotItsSlot() throws Exception {
        try (ActorSystem system = ActorSystem.create("long-turn", TWO_CARRIERS)) {
            Semaphore handled = new Semaphore(0);
            ActorRef<Target.Ping> target =
                    system.spawn("target", () -> new Target(handled), Target.DESCRIPTOR);
            String seen = "the first ping was not handed off";
            // a handler preempted for a whole period between its first tell and its look at the
            // slot finds the monitor has already taken the target out: try again, a few times
            for (int attempt = 0; attempt < 5 && seen.equals("the first ping was not handed off");
                    attempt++) {
                awaitIdle(target); // an earlier attempt's ping has been handled
                handled.drainPermits();
                AtomicReference<String> result = new AtomicReference<>();
                CountDownLatch done = new CountDownLatch(1);
                ActorRef<Producer.Go> producer = system.spawn("producer-" + attempt,
                        () -> new Producer(handled, result, done), Producer.DESCRIPTOR);
                producer.tell(new Producer.Go(target));
                assertTrue(done.await(WAIT_SECONDS * 3, TimeUnit.SECONDS),
                        "the producer did not finish");
                seen = result.get();
            }
            assertEquals("not in the slot", seen);
        }
    }
}
