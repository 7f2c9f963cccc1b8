package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Blocking actors run on virtual threads; an unmarked actor that blocks is reported. */
class BlockingTest {

    /** A behavior declared blocking, as {@code @ActorBehavior(blocking = true)} generates. */
    static final class Blocker implements Actor<Blocker.Wait> {
        record Wait(CountDownLatch entered, CountDownLatch release, AtomicInteger virtual) {}

        static final class BlockerDescriptor implements BehaviorDescriptor<Blocker, Wait> {
            static final BlockerDescriptor INSTANCE = new BlockerDescriptor();

            @Override
            public Class<Wait> protocol() {
                return Wait.class;
            }

            @Override
            public boolean blocking() {
                return true;
            }

            @Override
            public void dispatch(Blocker actor, Wait m, ActorContext<Wait> context,
                    Replier replier) throws InterruptedException {
                if (Thread.currentThread().isVirtual()) {
                    m.virtual().incrementAndGet();
                }
                m.entered().countDown();
                m.release().await(60, TimeUnit.SECONDS); // blocks: fine for a blocking actor
            }
        }
    }

    @Test
    void blockingActorsRunOnVirtualThreadsAndDoNotStarveTheOthers() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("blocking", ActorSystemConfig.builder()
                .parallelism(2).monitor(monitor).blockedThreshold(Duration.ofMillis(20)).build())) {
            int blockers = 8; // four times the carrier threads
            CountDownLatch entered = new CountDownLatch(blockers);
            CountDownLatch release = new CountDownLatch(1);
            AtomicInteger virtual = new AtomicInteger();
            List<ActorRef<Blocker.Wait>> refs = new ArrayList<>();
            for (int i = 0; i < blockers; i++) {
                ActorRef<Blocker.Wait> b = system.spawn("blocker-" + i, Blocker::new,
                        Blocker.BlockerDescriptor.INSTANCE);
                b.tell(new Blocker.Wait(entered, release, virtual));
                refs.add(b);
            }
            assertTrue(entered.await(30, TimeUnit.SECONDS), "blocking actors ran one pool at a time");
            ActorRef<Counter.Msg> counter = Counter.spawn(system, "counter");
            counter.tell(new Counter.Add(3));
            assertEquals(3L, counter.ask(new Counter.Get()).toCompletableFuture()
                    .get(30, TimeUnit.SECONDS), "the pool was starved");
            assertEquals(blockers, virtual.get(), "not every blocking turn ran on a virtual thread");
            release.countDown();
            assertTrue(monitor.all(MonitorEvent.ActorBlocked.class).isEmpty(),
                    "a declared blocking actor was reported as blocking");
        }
    }

    @Test
    void anUnmarkedActorThatBlocksIsReportedOnce() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("watchdog", ActorSystemConfig.builder()
                .monitor(monitor).blockedThreshold(Duration.ofMillis(50)).build())) {
            ActorRef<Counter.Msg> c = Counter.spawn(system, "sleepy");
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            c.tell(new Counter.Block(entered, release));
            assertTrue(entered.await(30, TimeUnit.SECONDS));
            monitor.await(1, e -> e instanceof MonitorEvent.ActorBlocked b
                    && b.path().equals("/user/sleepy"));
            MonitorEvent.ActorBlocked blocked =
                    monitor.all(MonitorEvent.ActorBlocked.class).get(0);
            assertTrue(blocked.blockedMillis() >= 50, blocked.toString());
            release.countDown();
            assertEquals(0L, c.ask(new Counter.Get()).toCompletableFuture().get(30, TimeUnit.SECONDS));
            assertEquals(1, monitor.all(MonitorEvent.ActorBlocked.class).size(),
                    "one report per blocked turn");
        }
    }

    @Test
    void theWatchdogCanBeTurnedOff() {
        ActorSystemConfig off = ActorSystemConfig.builder().blockedThreshold(Duration.ZERO).build();
        assertEquals(Duration.ZERO, off.blockedThreshold());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ActorSystemConfig.builder().blockedThreshold(Duration.ofMillis(-1)).build());
    }
}
