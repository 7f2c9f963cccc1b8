package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One carrier running every turn while the others stand aside ("Solo or spread" in {@link
 * CarrierMonitor}): what the mode does to the pool, with the mode forced, since which mode wins
 * depends on the machine. Whether the measuring picks the faster mode is {@link
 * ConsolidationTest}'s; how much it gains is measured in JMH (docs/benchmarks.md, change 13).
 */
class SoloCarrierTest {

    private static final long WAIT_SECONDS = 60;
    private static final int SPINNERS = 8;

    /** Tells itself the next tick until told to stop; counts its ticks. */
    record Spinner(AtomicLong ticks, AtomicBoolean stop, CountDownLatch stopped)
            implements Actor<Spinner.Tick> {

        record Tick() {}

        static final BehaviorDescriptor<Spinner, Tick> DESCRIPTOR =
                TestDescriptor.of(Tick.class, (actor, message, context, replier) -> {
                    actor.ticks().incrementAndGet();
                    if (actor.stop().get()) {
                        actor.stopped().countDown();
                    } else {
                        context.self().tell(new Tick());
                    }
                });
    }

    /** Counts down one latch on its first message, then waits on another. */
    record Blocker(CountDownLatch entered, CountDownLatch release) implements Actor<Blocker.Go> {

        record Go() {}

        static final BehaviorDescriptor<Blocker, Go> DESCRIPTOR =
                TestDescriptor.of(Go.class, (actor, message, context, replier) -> {
                    actor.entered().countDown();
                    actor.release().await(WAIT_SECONDS, TimeUnit.SECONDS);
                });
    }

    /** Counts down for every message. */
    record Probe(CountDownLatch handled) implements Actor<Probe.Ping> {

        record Ping() {}

        static final BehaviorDescriptor<Probe, Ping> DESCRIPTOR =
                TestDescriptor.of(Ping.class, (actor, message, context, replier) -> {
                    actor.handled().countDown();
                });
    }

    /** Spinners that keep both carriers busy until stopped. */
    private static final class Spinners {
        final List<AtomicLong> ticks = new ArrayList<>();
        final AtomicBoolean stop = new AtomicBoolean();
        final CountDownLatch stopped = new CountDownLatch(SPINNERS);
        final CarrierMonitor monitor;

        Spinners(ActorSystem system) {
            CarrierMonitor m = null;
            for (int i = 0; i < SPINNERS; i++) {
                AtomicLong count = new AtomicLong();
                ticks.add(count);
                ActorRef<Spinner.Tick> ref = system.spawn("spinner-" + i,
                        () -> new Spinner(count, stop, stopped), Spinner.DESCRIPTOR);
                ref.tell(new Spinner.Tick());
                m = ((LocalRef<?>) ref).cell.system.scheduler().monitor();
            }
            monitor = m;
        }

        /** Stops them and waits until each has handled its last tick. */
        void stop() throws InterruptedException {
            stop.set(true);
            assertTrue(stopped.await(WAIT_SECONDS, TimeUnit.SECONDS),
                    stopped.getCount() + " spinners did not stop");
        }

        /** Waits until every spinner has ticked at least {@code more} times more than now. */
        void awaitEachTicks(long more) {
            long[] from = ticks.stream().mapToLong(AtomicLong::get).toArray();
            for (int i = 0; i < SPINNERS; i++) {
                int k = i;
                assertTrue(Eventually.holds(() -> ticks.get(k).get() - from[k] >= more),
                        "spinner " + i + " stopped ticking");
            }
        }
    }

    /**
     * Waits until one carrier runs solo and the other carriers handle nothing while it handles
     * 10,000 messages, the same carrier solo from the start of that window to its end; fails if
     * that does not come within {@link Eventually#WAIT_SECONDS}. A window may be lost and is tried
     * again: the monitor spreads for a look whenever it sees no message handled at two looks or
     * every carrier in one turn, which a noisy machine that deschedules the solo carrier for a
     * few milliseconds brings about.
     */
    private static CarrierThread awaitSoloAlone(CarrierMonitor monitor) {
        CarrierThread solo = Eventually.value(() -> {
            CarrierThread s = monitor.solo();
            if (s == null) {
                return null;
            }
            long others = othersHandled(monitor, s);
            long start = s.handled();
            Eventually.holds(() -> s.handled() - start >= 10_000);
            return monitor.solo() == s && othersHandled(monitor, s) == others ? s : null;
        });
        assertNotNull(solo, "no carrier ran solo while the others handled nothing");
        return solo;
    }

    private static long othersHandled(CarrierMonitor monitor, CarrierThread solo) {
        long sum = 0;
        for (CarrierThread c : monitor.carriers()) {
            if (c != solo) {
                sum += c.handled();
            }
        }
        return sum;
    }

    @Test
    void theOthersStandAsideAndEveryActorGoesOnOnTheSoloCarrier() throws Exception {
        ActorSystemConfig config = ActorSystemConfig.builder().parallelism(2).build();
        try (ActorSystem system = ActorSystem.create("solo-carrier", config)) {
            Spinners spinners = new Spinners(system);
            CarrierMonitor monitor = spinners.monitor;
            // the pool starts its second carrier when work waits for it
            assertTrue(Eventually.holds(() -> monitor.carriers().size() == 2),
                    "the pool has not started its second carrier");
            spinners.awaitEachTicks(1_000);
            monitor.forceSolo(true);
            awaitSoloAlone(monitor);
            // the spinners that the other carrier ran, and a tell from outside, reach the solo
            spinners.awaitEachTicks(1_000);
            CountDownLatch probed = new CountDownLatch(1);
            system.spawn("probe", () -> new Probe(probed), Probe.DESCRIPTOR)
                    .tell(new Probe.Ping());
            assertTrue(probed.await(WAIT_SECONDS, TimeUnit.SECONDS), "a tell was not handled");
            monitor.forceSolo(false);
            assertTrue(Eventually.holds(() -> monitor.solo() == null),
                    "the carriers did not spread again");
            spinners.stop();
        }
    }

    /** What a test checks while a blocker's turn holds the solo carrier. */
    private interface WhileBlocked {
        void check(ActorSystem system, Spinners spinners, CarrierThread solo) throws Exception;
    }

    /**
     * Starts the spinners on two carriers, holds one carrier solo, and blocks it in a handler:
     * runs {@code check} while the handler waits, then releases it and stops the spinners.
     * Blocked-actor reports are off: the monitor's rules hold without them.
     */
    private static void whileTheSoloCarrierBlocks(String name, WhileBlocked check)
            throws Exception {
        ActorSystemConfig config = ActorSystemConfig.builder().parallelism(2)
                .blockedThreshold(Duration.ZERO).build();
        try (ActorSystem system = ActorSystem.create(name, config)) {
            Spinners spinners = new Spinners(system);
            spinners.monitor.forceSolo(true);
            CarrierThread solo = awaitSoloAlone(spinners.monitor);
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            try {
                system.spawn("blocker", () -> new Blocker(entered, release), Blocker.DESCRIPTOR)
                        .tell(new Blocker.Go());
                assertTrue(entered.await(WAIT_SECONDS, TimeUnit.SECONDS), "blocker never ran");
                check.check(system, spinners, solo);
            } finally {
                release.countDown();
            }
            spinners.stop();
        }
    }

    @Test
    void aTurnThatBlocksTheSoloCarrierSpreadsTheOthersAtOnce() throws Exception {
        whileTheSoloCarrierBlocks("solo-blocked", (system, spinners, solo) -> {
            // the solo carrier is held by the blocker: only a carrier that no longer stands
            // aside can handle this. The monitor hands the solo role to the other carrier
            // when it sees the long turn, or spreads them after two looks in which no
            // message was handled, whichever comes first
            CountDownLatch probed = new CountDownLatch(1);
            system.spawn("probe", () -> new Probe(probed), Probe.DESCRIPTOR)
                    .tell(new Probe.Ping());
            assertTrue(probed.await(WAIT_SECONDS, TimeUnit.SECONDS),
                    "nothing ran while the solo carrier was blocked");
        });
    }

    /**
     * The spinners tell themselves, so while the blocker's turn holds the solo carrier, those
     * queued behind it in that carrier's run queue can go on only if the monitor takes the queue
     * out from behind the turn ("Stranded run queues" in {@link CarrierMonitor}); the other
     * carrier then runs them, solo or spread.
     */
    @Test
    void aTurnThatBlocksTheSoloCarrierStrandsNoActorQueuedBehindIt() throws Exception {
        whileTheSoloCarrierBlocks("solo-queue-blocked", (system, spinners, solo) -> {
            spinners.awaitEachTicks(1_000);
            assertTrue(solo.runQueueLooksEmpty() || spinners.monitor.solo() == solo,
                    "cells wait in the run queue of a carrier that no longer runs solo");
        });
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang is the failure
    void aSystemClosesWhileOneCarrierRunsSolo() throws Exception {
        ActorSystemConfig config = ActorSystemConfig.builder().parallelism(2).build();
        ActorSystem system = ActorSystem.create("solo-close", config);
        Spinners spinners = new Spinners(system);
        spinners.monitor.forceSolo(true);
        awaitSoloAlone(spinners.monitor);
        system.close();
        // the monitor may have set it again just before it saw the stop, and clears it then
        assertTrue(Eventually.holds(() -> spinners.monitor.solo() == null),
                "the carriers were not released");
    }
}
