package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.annotation.Overflow;
import dev.rt.annotation.Strategy;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The system-wide default mailbox applies where a behavior declares none and a spawn names none;
 * a declared mailbox and a spawn's own are kept.
 */
class DefaultMailboxTest {

    private static final Mailbox ONE_DROPPING = Mailbox.bounded(1, Overflow.DROP_NEWEST);

    private final RecordingMonitor monitor = new RecordingMonitor();
    private final ActorSystem system = ActorSystem.create("default-mailbox",
            ActorSystemConfig.builder().monitor(monitor).timerService(new ManualClock())
                    .defaultMailbox(ONE_DROPPING).build());

    @AfterEach
    void close() {
        system.close();
    }

    /** A Counter whose behavior declares a bounded mailbox, as {@code capacity = 2} would. */
    private static final class DeclaredDescriptor
            implements BehaviorDescriptor<Counter, Counter.Msg> {
        static final Mailbox DECLARED = Mailbox.bounded(2, Overflow.REJECT);

        @Override
        public Class<Counter.Msg> protocol() {
            return Counter.Msg.class;
        }

        @Override
        public Mailbox mailbox() {
            return DECLARED;
        }

        @Override
        public void dispatch(Counter actor, Counter.Msg message, ActorContext<Counter.Msg> context,
                Replier replier) throws Exception {
            Counter.CounterDescriptor.INSTANCE.dispatch(actor, message, context, replier);
        }
    }

    /** Blocks the actor in a handler, its mailbox empty; returns the latch that releases it. */
    private static CountDownLatch block(ActorRef<Counter.Msg> c) throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        c.tell(new Counter.Block(entered, release));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        return release;
    }

    /** Offers {@code n} messages to the blocked actor and returns what each offer did. */
    private static List<OfferResult> offer(ActorRef<Counter.Msg> c, int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> c.offer(new Counter.Seq(0, i))).toList();
    }

    @Test
    void aBehaviorThatDeclaresNoMailboxGetsTheDefaultAndItDrops() throws Exception {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        CountDownLatch release = block(c);
        assertEquals(List.of(OfferResult.ACCEPTED, OfferResult.FULL, OfferResult.FULL),
                offer(c, 3));
        release.countDown();
        List<MonitorEvent.MessageDropped> dropped = monitor.all(MonitorEvent.MessageDropped.class);
        assertEquals(2, dropped.size());
        assertTrue(dropped.stream().allMatch(
                d -> d.policy() == Overflow.DROP_NEWEST && d.capacity() == 1));
    }

    @Test
    void aChildSpawnedThroughItsParentsContextGetsTheDefault() throws Exception {
        ActorRef<Watcher.Msg> parent = Watcher.spawn(system, "p", new Watcher.Seen());
        ActorRef<Counter.Msg> child = parent.ask(new Watcher.SpawnChild("c", new Counter.Hooks()))
                .toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertEquals("/user/p/c", child.path());
        CountDownLatch release = block(child);
        assertEquals(List.of(OfferResult.ACCEPTED, OfferResult.FULL), offer(child, 2));
        release.countDown();
    }

    @Test
    void aSpawnThatNamesAMailboxKeepsItEvenUnbounded() throws Exception {
        ActorRef<Counter.Msg> c = system.spawn("c", Counter::new,
                Counter.CounterDescriptor.INSTANCE, Mailbox.UNBOUNDED);
        CountDownLatch release = block(c);
        assertEquals(List.of(OfferResult.ACCEPTED, OfferResult.ACCEPTED, OfferResult.ACCEPTED),
                offer(c, 3));
        release.countDown();
        assertEquals(List.of(), monitor.all(MonitorEvent.MessageDropped.class));
    }

    @Test
    void aDeclaredMailboxIsKept() throws Exception {
        ActorRef<Counter.Msg> c = system.spawn("c", Counter::new, new DeclaredDescriptor());
        CountDownLatch release = block(c);
        assertEquals(List.of(OfferResult.ACCEPTED, OfferResult.ACCEPTED, OfferResult.FULL),
                offer(c, 3));
        release.countDown();
        assertTrue(monitor.all(MonitorEvent.MessageDropped.class).stream()
                .allMatch(d -> d.policy() == Overflow.REJECT && d.capacity() == 2));
    }

    @Test
    void aSupervisedWorkerGetsTheDefaultUnlessItsSpecNamesAMailbox() throws Exception {
        Supervisor sup = Supervisor.startAndWait(system, "s",
                SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                        .child(ChildSpec.worker("d", Counter::new,
                                Counter.CounterDescriptor.INSTANCE))
                        .child(ChildSpec.worker("own", Counter::new,
                                Counter.CounterDescriptor.INSTANCE).withMailbox(Mailbox.UNBOUNDED))
                        .build(),
                Duration.ofSeconds(30));
        ActorRef<Counter.Msg> d = sup.child("d");
        CountDownLatch releaseD = block(d);
        assertEquals(List.of(OfferResult.ACCEPTED, OfferResult.FULL), offer(d, 2));
        releaseD.countDown();
        ActorRef<Counter.Msg> own = sup.child("own");
        CountDownLatch releaseOwn = block(own);
        assertEquals(List.of(OfferResult.ACCEPTED, OfferResult.ACCEPTED), offer(own, 2));
        releaseOwn.countDown();
    }

    @Test
    void mailboxOfFollowsTheIdentityRule() {
        ActorSystemConfig config = system.config();
        assertSame(ONE_DROPPING, config.mailboxOf(Counter.CounterDescriptor.INSTANCE));
        assertSame(DeclaredDescriptor.DECLARED, config.mailboxOf(new DeclaredDescriptor()));
        assertSame(Mailbox.UNBOUNDED,
                ActorSystemConfig.defaults().mailboxOf(Counter.CounterDescriptor.INSTANCE));
    }
}
