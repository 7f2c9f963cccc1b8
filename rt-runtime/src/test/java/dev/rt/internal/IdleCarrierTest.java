package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.Eventually;
import dev.rt.TestDescriptor;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A carrier that runs out of work spins for a bounded time before the pool parks it (see "Idle
 * carriers" in {@link Scheduler}): it must not spin on while the system stays idle, and the work
 * that arrives while it spins or after it has parked must run. How much the spin saves is
 * measured in JMH (docs/benchmarks.md, change 12), not here.
 */
class IdleCarrierTest {

    private static final long WAIT_SECONDS = 60;

    /** Counts down for every message it handles. */
    record Counter(CountDownLatch handled) implements Actor<Counter.Tick> {

        record Tick() {}

        static final BehaviorDescriptor<Counter, Tick> DESCRIPTOR =
                TestDescriptor.of(Tick.class, (actor, message, context, replier) -> {
                    actor.handled().countDown();
                });
    }

    /** {@return the system's carrier threads that are alive now} */
    private static List<Thread> carriers(String system) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("rt-" + system + "-worker-"))
                .filter(Thread::isAlive)
                .toList();
    }

    /** {@return whether the thread is parked or has ended} */
    private static boolean parked(Thread t) {
        Thread.State s = t.getState();
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING
                || s == Thread.State.TERMINATED;
    }

    /**
     * Waits, at most {@link Eventually#WAIT_SECONDS}, until every carrier of the system is
     * parked (or gone), and returns the ones that are not.
     */
    private static List<Thread> awaitAllParked(String system) {
        // no event marks a thread parking: the states are read again until all are parked
        Eventually.holds(() -> carriers(system).stream().allMatch(IdleCarrierTest::parked));
        return carriers(system).stream().filter(t -> !parked(t)).toList();
    }

    @Test
    void carriersThatRanOutOfWorkParkAndWakeForMore() throws Exception {
        String name = "idle-carriers";
        ActorSystemConfig config = ActorSystemConfig.builder().parallelism(2)
                .blockedThreshold(Duration.ZERO).build();
        try (ActorSystem system = ActorSystem.create(name, config)) {
            for (int round = 0; round < 3; round++) {
                int messages = 1_000;
                CountDownLatch handled = new CountDownLatch(messages);
                ActorRef<Counter.Tick> counter = system.spawn("counter-" + round,
                        () -> new Counter(handled), Counter.DESCRIPTOR);
                for (int i = 0; i < messages; i++) {
                    counter.tell(new Counter.Tick());
                }
                assertTrue(handled.await(WAIT_SECONDS, TimeUnit.SECONDS),
                        "round " + round + ": " + handled.getCount() + " ticks not handled");
                assertFalse(carriers(name).isEmpty(), "the system has no carrier threads");
                // the system is idle now: no carrier may go on spinning
                assertEquals(List.of(), awaitAllParked(name),
                        "round " + round + ": carriers still running with nothing to do");
            }
        }
    }
}
