package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.TestDescriptor;
import dev.rt.internal.LongTurnHandoffTest.Target;
import dev.rt.spi.BehaviorDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Each queuing in the pool is a new {@link PoolTurn}, never a task queued before (cells are not
 * pool tasks at all, which the types guarantee): a task queued again into the slot a thief last
 * read could be taken by that thief's stale CAS, which sets the queue's base a whole array back
 * and leaves its carrier spinning for good (see {@link PoolTurn}). The hang needs a thief
 * preempted at one instruction, so no test makes it happen on demand; this one looks at what the
 * pool's queue holds. Sits in the engine's package to read the carrier's own queue from inside a
 * handler.
 */
class PoolTurnTest {

    private static final long WAIT_SECONDS = 60;
    private static final int TARGETS = 16;

    /**
     * In one handler: wakes every idle target, each pushing the one before it out of the
     * carrier's handoff slot onto the carrier's own queue; then takes that queue's tasks out,
     * notes what they are, and queues each target again so that it runs. The other carrier may
     * take some of them first; what is left here is looked at.
     */
    record Waker(AtomicReference<String> seen, CountDownLatch done) implements Actor<Waker.Go> {

        record Go(List<ActorRef<Target.Ping>> targets) {}

        static final BehaviorDescriptor<Waker, Go> DESCRIPTOR =
                TestDescriptor.of(Go.class, (actor, message, context, replier) -> {
                    Set<CellCore> cells = Collections.newSetFromMap(new IdentityHashMap<>());
                    for (ActorRef<Target.Ping> target : message.targets()) {
                        cells.add(((LocalRef<?>) target).cell);
                    }
                    for (ActorRef<Target.Ping> target : message.targets()) {
                        target.tell(new Target.Ping());
                    }
                    List<ForkJoinTask<?>> queued = new ArrayList<>();
                    for (ForkJoinTask<?> t; (t = PoolTurn.pollLocal()) != null; ) {
                        queued.add(t);
                    }
                    actor.seen().set(describe(queued, cells));
                    CarrierPool pool = cells.iterator().next().system.scheduler().pool();
                    for (ForkJoinTask<?> t : queued) { // run them: each in a task of its own
                        pool.execute(t instanceof PoolTurn p ? new PoolTurn(p.target) : t);
                    }
                    actor.done().countDown();
                });

        static String describe(List<ForkJoinTask<?>> queued, Set<CellCore> cells) {
            Set<ForkJoinTask<?>> distinct =
                    Collections.newSetFromMap(new IdentityHashMap<>());
            for (ForkJoinTask<?> t : queued) {
                if (!(t instanceof PoolTurn turn)) {
                    return "the pool queued a task of class " + t.getClass().getSimpleName();
                }
                if (!cells.contains(turn.target)) {
                    return "a queued turn is not of a target woken";
                }
                if (!distinct.add(t)) {
                    return "one task was queued twice";
                }
            }
            return "turns: " + queued.size();
        }
    }

    @Test
    void eachQueuingInThePoolIsANewTurn() throws Exception {
        try (ActorSystem system = ActorSystem.create("pool-turns",
                LongTurnHandoffTest.TWO_CARRIERS)) {
            Semaphore handled = new Semaphore(0);
            String seen = "turns: 0";
            // the other carrier may take every queued turn before the handler looks: try again
            for (int attempt = 0; attempt < 10 && seen.equals("turns: 0"); attempt++) {
                List<ActorRef<Target.Ping>> targets = new ArrayList<>();
                for (int i = 0; i < TARGETS; i++) {
                    targets.add(system.spawn("target-" + attempt + "-" + i,
                            () -> new Target(handled), Target.DESCRIPTOR));
                }
                for (ActorRef<Target.Ping> target : targets) {
                    LongTurnHandoffTest.awaitIdle(target); // started: the tell wakes it
                }
                AtomicReference<String> result = new AtomicReference<>();
                CountDownLatch done = new CountDownLatch(1);
                ActorRef<Waker.Go> waker = system.spawn("waker-" + attempt,
                        () -> new Waker(result, done), Waker.DESCRIPTOR);
                waker.tell(new Waker.Go(targets));
                assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS),
                        "the waker did not finish");
                assertTrue(handled.tryAcquire(TARGETS, WAIT_SECONDS, TimeUnit.SECONDS),
                        "a target woken was never run");
                seen = result.get();
            }
            assertTrue(seen.startsWith("turns: ") && !seen.equals("turns: 0"), seen);
            assertEquals(0, handled.availablePermits(), "a target ran twice");
        }
    }
}
