package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.Eventually;
import dev.rt.TestDescriptor;
import dev.rt.spi.BehaviorDescriptor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the carriers count as handled for the choice between solo and spread ({@link
 * Consolidation}): signals as well as messages. A spawn burst is one message and a start per
 * child; counted as messages only, it looked like an idle system to the monitor, which then
 * never tried one carrier for it (change 16 in docs/benchmarks.md).
 */
class HandledCountTest {

    private static final long WAIT_SECONDS = 60;
    private static final int CHILDREN = 1_000;

    /** Counts down once started; is never sent anything. */
    record Child(CountDownLatch started) implements Actor<Child.Poke> {

        record Poke() {}

        static final BehaviorDescriptor<Child, Poke> DESCRIPTOR =
                TestDescriptor.of(Poke.class, (actor, message, context, replier) -> { });

        @Override
        public void preStart(ActorContext<Poke> context) {
            started.countDown();
        }
    }

    /** Spawns the children it is told to, in one handler. */
    record Parent(CountDownLatch started) implements Actor<Parent.Spawn> {

        record Spawn(int children) {}

        static final BehaviorDescriptor<Parent, Spawn> DESCRIPTOR =
                TestDescriptor.of(Spawn.class, (actor, message, context, replier) -> {
                    for (int i = 0; i < message.children(); i++) {
                        context.spawn("child-" + i, () -> new Child(actor.started()),
                                Child.DESCRIPTOR);
                    }
                });
    }

    @Test
    @Timeout(120)
    void aSpawnBurstsStartsCountAsHandled() throws InterruptedException {
        try (ActorSystem system = ActorSystem.create("handled-count")) {
            CountDownLatch started = new CountDownLatch(CHILDREN);
            ActorRef<Parent.Spawn> parent =
                    system.spawn("parent", () -> new Parent(started), Parent.DESCRIPTOR);
            CarrierMonitor monitor = ((LocalRef<?>) parent).cell.system.scheduler().monitor();
            long before = monitor.handled();

            parent.tell(new Parent.Spawn(CHILDREN));

            assertTrue(started.await(WAIT_SECONDS, TimeUnit.SECONDS),
                    started.getCount() + " children did not start");
            // a turn adds its count when it ends, after the child's preStart counted down
            Eventually.await(() -> monitor.handled() - before >= CHILDREN + 1,
                    () -> "the carriers counted " + (monitor.handled() - before)
                            + " handled for one message and " + CHILDREN + " starts");
        }
    }
}
