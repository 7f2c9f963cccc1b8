package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import dev.rt.testkit.TestInbox;
import dev.rt.testkit.TestProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TopicTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final RecordingMonitor monitor = new RecordingMonitor();
    private final ActorSystem system = ActorSystem.create("topics",
            ActorSystemConfig.builder().monitor(monitor).build());

    @AfterEach
    void close() {
        system.close();
    }

    private static long count(ActorRef<Counter.Msg> counter) throws Exception {
        return counter.ask(new Counter.Get(), LONG).toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
    }

    @Test
    void theSameNameGivesTheSameTopic() {
        Topic<Counter.Add> a = system.topic("adds", Counter.Add.class);
        assertSame(a, system.topic("adds", Counter.Add.class));
        assertEquals("adds", a.name());
        assertEquals(Counter.Add.class, a.messageType());
    }

    @Test
    void anotherMessageTypeForAnExistingNameIsRejectedNamingBothTypes() {
        system.topic("prices", Counter.Add.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> system.topic("prices", Counter.Get.class));
        assertTrue(e.getMessage().contains(Counter.Add.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(Counter.Get.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains("'prices'"), e.getMessage());
    }

    @Test
    void publishingWithNoSubscriberReachesNobody() {
        Topic<Counter.Add> topic = system.topic("empty", Counter.Add.class);
        assertEquals(0, topic.publish(new Counter.Add(1)));
        assertEquals(0, topic.subscriberCount());
        assertEquals(List.of(), monitor.all(MonitorEvent.DeadLetter.class));
    }

    @Test
    void fansOutToAHundredSubscribersExactlyOnceEach() throws Exception {
        Topic<Counter.Add> topic = system.topic("fan", Counter.Add.class);
        List<ActorRef<Counter.Msg>> counters = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ActorRef<Counter.Msg> c = Counter.spawn(system, "c" + i);
            counters.add(c);
            topic.subscribe(c);
            topic.subscribe(c); // twice is once
        }
        assertEquals(100, topic.subscriberCount());
        for (int n = 0; n < 10; n++) {
            assertEquals(100, topic.publish(new Counter.Add(1)));
        }
        for (ActorRef<Counter.Msg> c : counters) {
            assertEquals(10, count(c), c.path() + " got each message exactly once");
        }
    }

    @Test
    void unsubscribeEndsTheSubscription() throws Exception {
        Topic<Counter.Add> topic = system.topic("unsub", Counter.Add.class);
        ActorRef<Counter.Msg> a = Counter.spawn(system, "a");
        ActorRef<Counter.Msg> b = Counter.spawn(system, "b");
        topic.subscribe(a);
        topic.subscribe(b);
        topic.unsubscribe(a);
        topic.unsubscribe(a); // nothing to end: does nothing
        assertEquals(1, topic.publish(new Counter.Add(5)));
        assertEquals(0, count(a));
        assertEquals(5, count(b));
    }

    @Test
    void aSubscriptionEndsWhenTheSubscriberStops() throws Exception {
        Topic<Counter.Add> topic = system.topic("auto", Counter.Add.class);
        TestProbe<Object> watcher = TestProbe.create(system, "watcher");
        ActorRef<Counter.Msg> gone = Counter.spawn(system, "gone");
        ActorRef<Counter.Msg> stays = Counter.spawn(system, "stays");
        topic.subscribe(gone);
        topic.subscribe(stays);
        gone.stop();
        watcher.expectTerminated(gone);
        // the subscriptions of an actor end before its watchers are told
        assertEquals(1, topic.subscriberCount());
        assertEquals(1, topic.publish(new Counter.Add(2)));
        assertEquals(2, count(stays));
        assertEquals(List.of(), monitor.all(MonitorEvent.DeadLetter.class));
    }

    @Test
    void aWatcherToldOfASubscribersTerminationFindsItGoneFromTheTopic() throws Exception {
        Topic<Counter.Add> topic = system.topic("watched", Counter.Add.class);
        BlockingQueue<SeenOnTerminated> seen = new LinkedBlockingQueue<>();
        ActorRef<TopicWatcher.Msg> watcher = system.spawn("watcher",
                () -> new TopicWatcher(topic, seen), TopicWatcher.Descriptor.INSTANCE);
        ActorRef<Counter.Msg> gone = Counter.spawn(system, "gone");
        ActorRef<Counter.Msg> stays = Counter.spawn(system, "stays");
        topic.subscribe(gone);
        topic.subscribe(stays);
        assertTrue(watcher.ask(new TopicWatcher.Watch(gone), LONG).toCompletableFuture()
                .get(30, TimeUnit.SECONDS));
        gone.stop();
        // the watcher reads and publishes from its onTerminated, on its own thread
        SeenOnTerminated onTerminated = seen.poll(30, TimeUnit.SECONDS);
        assertEquals(new SeenOnTerminated("/user/gone", 1, 1), onTerminated,
                "the subscription ends before the watchers of the subscriber are told");
        assertEquals(2, count(stays));
        assertEquals(List.of(), monitor.all(MonitorEvent.DeadLetter.class));
    }

    /** What a {@link TopicWatcher} saw of its topic when told of a termination. */
    record SeenOnTerminated(String path, int subscribers, int reached) {}

    /** Watches on request; on {@code Terminated}, reads its topic and publishes to it. */
    static final class TopicWatcher implements Actor<TopicWatcher.Msg> {

        sealed interface Msg {}

        record Watch(ActorRef<?> target) implements Msg, Request<Boolean> {}

        private final Topic<Counter.Add> topic;
        private final BlockingQueue<SeenOnTerminated> seen;

        TopicWatcher(Topic<Counter.Add> topic, BlockingQueue<SeenOnTerminated> seen) {
            this.topic = topic;
            this.seen = seen;
        }

        @Override
        public void onTerminated(Terminated terminated, ActorContext<Msg> context) {
            int subscribers = topic.subscriberCount();
            int reached = topic.publish(new Counter.Add(2));
            seen.add(new SeenOnTerminated(terminated.ref().path(), subscribers, reached));
        }

        static final class Descriptor implements BehaviorDescriptor<TopicWatcher, Msg> {
            static final Descriptor INSTANCE = new Descriptor();

            @Override
            public Class<Msg> protocol() {
                return Msg.class;
            }

            @Override
            public void dispatch(TopicWatcher actor, Msg message, ActorContext<Msg> context,
                    Replier replier) {
                switch (message) {
                    case Watch w -> {
                        context.watch(w.target());
                        replier.reply(true);
                    }
                }
            }
        }
    }

    @Test
    void subscribingAnActorThatHasStoppedKeepsNothing() throws Exception {
        Topic<Counter.Add> topic = system.topic("late", Counter.Add.class);
        TestProbe<Object> watcher = TestProbe.create(system, "watcher");
        ActorRef<Counter.Msg> gone = Counter.spawn(system, "gone");
        gone.stop();
        watcher.expectTerminated(gone);
        topic.subscribe(gone);
        assertEquals(0, topic.subscriberCount());
    }

    @Test
    void aSubscriberThatStopsJustNowGetsADeadLetter() throws Exception {
        Topic<Counter.Add> topic = system.topic("dead", Counter.Add.class);
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        topic.subscribe(c);
        // hold the subscriber in a handler, queue a stop signal and the publication behind it
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        c.tell(new Counter.Block(entered, release));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        c.stop();
        assertEquals(1, topic.publish(new Counter.Add(7)));
        release.countDown();
        monitor.await(1, e -> e instanceof MonitorEvent.DeadLetter d
                && d.message().equals(new Counter.Add(7)) && d.path().equals("/user/c"));
    }

    @Test
    void subscribersMustBeActorsOfThisRuntimeAcceptingTheType() {
        Topic<Counter.Add> topic = system.topic("checks", Counter.Add.class);
        TestInbox<Counter.Msg> fake = TestInbox.create("fake");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> topic.subscribe(fake.ref()));
        assertTrue(e.getMessage().contains("not a reference made by RT"), e.getMessage());

        @SuppressWarnings({"unchecked", "rawtypes"})
        Topic<Object> raw = (Topic) system.topic("objects", Object.class);
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
                () -> raw.subscribe((ActorRef) c));
        assertTrue(wrongType.getMessage().contains("does not accept"), wrongType.getMessage());
    }

    @Test
    void aProbeCanSubscribe() {
        Topic<String> topic = system.topic("words", String.class);
        TestProbe<String> probe = TestProbe.create(system, "reader");
        topic.subscribe(probe.ref());
        assertEquals(1, topic.publish("hello"));
        probe.expectMessage("hello");
        topic.unsubscribe(probe.ref());
        assertEquals(0, topic.publish("nobody"));
        probe.expectNoMessage(Duration.ofMillis(20));
    }
}
