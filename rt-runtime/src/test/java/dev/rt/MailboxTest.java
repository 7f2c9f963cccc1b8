package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.annotation.Overflow;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bounded mailboxes account for every message: handled + reported dropped = sent. */
class MailboxTest {

    private static final int CAPACITY = 10;
    private static final int SENT = 100;

    private final ManualClock clock = new ManualClock();
    private final RecordingMonitor monitor = new RecordingMonitor();
    private final ActorSystem system = ActorSystem.create("mailbox",
            ActorSystemConfig.builder().monitor(monitor).timerService(clock).build());

    @AfterEach
    void close() {
        system.close();
    }

    private static CountDownLatch block(ActorRef<Counter.Msg> c) throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        c.tell(new Counter.Block(entered, release));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        return release;
    }

    /** Polls the live snapshot (no sleeping) until the actor has handled {@code n} messages. */
    private void awaitProcessed(String path, long n) {
        Eventually.await(() -> system.snapshot().find(path).orElseThrow().processed() >= n,
                () -> path + " did not handle " + n + " messages");
    }

    @ParameterizedTest
    @EnumSource(Overflow.class)
    void everyPolicyAccountsForEveryMessage(Overflow policy) throws Exception {
        Mailbox mailbox = Mailbox.bounded(CAPACITY, policy).withBlockTimeout(Duration.ofMillis(1));
        Counter.Hooks hooks = new Counter.Hooks();
        ActorRef<Counter.Msg> c = system.spawn("c", () -> new Counter(hooks),
                Counter.CounterDescriptor.INSTANCE, mailbox);
        CountDownLatch release = block(c);
        int refused = 0;
        for (int i = 0; i < SENT; i++) {
            try {
                c.tell(new Counter.Seq(0, i));
            } catch (MailboxFullException e) {
                assertEquals("/user/c", e.path());
                assertEquals(CAPACITY, e.capacity());
                assertEquals("Seq", e.messageType());
                refused++;
            }
        }
        release.countDown();
        awaitProcessed("/user/c", 1 + CAPACITY);
        List<MonitorEvent.MessageDropped> dropped = monitor.all(MonitorEvent.MessageDropped.class);
        assertEquals(SENT, CAPACITY + dropped.size(), "handled + dropped = sent");
        assertTrue(dropped.stream().allMatch(d -> d.policy() == policy && d.capacity() == CAPACITY));
        boolean throwing = policy == Overflow.REJECT || policy == Overflow.BLOCK;
        assertEquals(throwing ? SENT - CAPACITY : 0, refused);
        List<Integer> kept = hooks.instance.seqs.stream().map(p -> p[1]).toList();
        int first = policy == Overflow.DROP_OLDEST ? SENT - CAPACITY : 0;
        assertEquals(java.util.stream.IntStream.range(first, first + CAPACITY).boxed().toList(),
                kept, "which messages were kept");
    }

    @Test
    void offerReportsInsteadOfThrowing() throws Exception {
        ActorRef<Counter.Msg> c = system.spawn("c", Counter::new,
                Counter.CounterDescriptor.INSTANCE, Mailbox.bounded(1, Overflow.REJECT));
        CountDownLatch release = block(c);
        assertEquals(OfferResult.ACCEPTED, c.offer(new Counter.Add(1)));
        assertEquals(OfferResult.FULL, c.offer(new Counter.Add(1)));
        release.countDown();
        awaitProcessed("/user/c", 2);
        c.stop();
        monitor.awaitStopped("/user/c");
        assertEquals(OfferResult.DEAD, c.offer(new Counter.Add(1)));
        assertEquals(1, monitor.all(MonitorEvent.MessageDropped.class).size());
        assertEquals(1, monitor.all(MonitorEvent.DeadLetter.class).size());
    }

    @Test
    void anAskThatDoesNotFitFailsAtOnce() throws Exception {
        ActorRef<Counter.Msg> c = system.spawn("c", Counter::new,
                Counter.CounterDescriptor.INSTANCE, Mailbox.bounded(1, Overflow.DROP_NEWEST));
        CountDownLatch release = block(c);
        c.tell(new Counter.Add(1));
        CompletableFuture<Long> ask = c.ask(new Counter.Get()).toCompletableFuture();
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> ask.get(30, TimeUnit.SECONDS));
        assertInstanceOf(MailboxFullException.class, e.getCause());
        release.countDown();
    }

    @Test
    void blockingFromInsideAnActorIsRefused() throws Exception {
        ActorRef<Counter.Msg> full = system.spawn("full", Counter::new,
                Counter.CounterDescriptor.INSTANCE, Mailbox.bounded(1, Overflow.BLOCK));
        CountDownLatch release = block(full);
        full.tell(new Counter.Add(1)); // fills it
        Watcher.Seen seen = new Watcher.Seen();
        // an actor that tells the full mailbox from its own thread: the handler throws
        ActorRef<Watcher.Msg> sender = system.spawn("sender", () -> new Watcher(seen, "s") {
            @Override
            public void preStart(ActorContext<Watcher.Msg> ctx) {
                super.preStart(ctx);
                full.tell(new Counter.Add(1));
            }
        }, Watcher.WatcherDescriptor.INSTANCE);
        monitor.awaitStopped(sender.path());
        MonitorEvent.ActorFailed failed = monitor.all(MonitorEvent.ActorFailed.class).get(0);
        assertInstanceOf(IllegalStateException.class, failed.cause());
        assertTrue(failed.cause().getMessage().contains("must never block"),
                failed.cause().getMessage());
        release.countDown();
    }

    @Test
    void priorityMessagesGoFirstFifoWithinEachLevel() throws Exception {
        List<String> seen = Ticker.journal();
        ActorRef<Ticker.Msg> t = Ticker.spawn(system, "t", seen);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        t.tell(new Ticker.Block(entered, release));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        t.tell(new Ticker.Tick("1"));
        t.tell(new Ticker.Urgent("a"));
        t.tell(new Ticker.Tick("2"));
        t.tell(new Ticker.Urgent("b"));
        release.countDown();
        List<String> order = t.ask(new Ticker.Seen()).toCompletableFuture().get(30, TimeUnit.SECONDS);
        assertEquals(List.of("urgent:a", "urgent:b", "tick:1", "tick:2"), order);
    }

    @Test
    void anExpiredMessageIsDroppedAndReported() throws Exception {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        CountDownLatch release = block(c);
        c.tellWithin(new Counter.Add(1), Duration.ofSeconds(1));
        c.tellWithin(new Counter.Add(10), Duration.ofSeconds(10));
        clock.advance(Duration.ofSeconds(2));
        release.countDown();
        assertEquals(10L, c.ask(new Counter.Get()).toCompletableFuture().get(30, TimeUnit.SECONDS));
        List<MonitorEvent.MessageExpired> expired = monitor.all(MonitorEvent.MessageExpired.class);
        assertEquals(1, expired.size());
        assertEquals(new Counter.Add(1), expired.get(0).message());
        assertThrows(IllegalArgumentException.class,
                () -> c.tellWithin(new Counter.Add(1), Duration.ZERO));
        c.stop();
        monitor.awaitStopped("/user/c");
        c.tellWithin(new Counter.Add(5), Duration.ofSeconds(1));
        MonitorEvent.DeadLetter dead = monitor.all(MonitorEvent.DeadLetter.class).get(0);
        assertEquals(new Counter.Add(5), dead.message(), "the user's message, not an envelope");
    }

    @Test
    void mailboxShapesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Mailbox.bounded(0, Overflow.REJECT));
        assertThrows(IllegalArgumentException.class,
                () -> Mailbox.bounded(1, Overflow.BLOCK).withBlockTimeout(Duration.ofMillis(-1)));
        assertTrue(Mailbox.bounded(5, Overflow.REJECT).isBounded());
        assertTrue(!Mailbox.UNBOUNDED.isBounded());
    }
}
