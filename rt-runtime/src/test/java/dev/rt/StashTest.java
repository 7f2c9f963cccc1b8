package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import dev.rt.annotation.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The stash: messages set aside while an actor waits, replayed in order before its mailbox,
 * requests answered by the handler that finally handles them, a full stash as a typed failure,
 * dead letters when the actor stops, and a restart that keeps them.
 */
class StashTest {

    /** A door: closed, it stashes every entry; opening it lets them in, in order. */
    static class Door implements Actor<Door.Msg> {
        sealed interface Msg {}

        record Enter(String who) implements Msg {}

        record Knock(String who) implements Msg, Request<String> {}

        record Open() implements Msg {}

        record Close() implements Msg {}

        record Log() implements Msg, Request<List<String>> {}

        record Stashed() implements Msg, Request<Integer> {}

        record Crash() implements Msg {}

        record StashTwice() implements Msg {}

        private final List<String> log = new ArrayList<>();
        private boolean open;

        static class Descriptor implements BehaviorDescriptor<Door, Msg> {
            static final Descriptor INSTANCE = new Descriptor();

            @Override
            public Class<Msg> protocol() {
                return Msg.class;
            }

            @Override
            public void dispatch(Door door, Msg message, ActorContext<Msg> context,
                    Replier replier) {
                switch (message) {
                    case Enter m -> door.enter(m, context);
                    case Knock m -> replier.reply(door.knock(m, context));
                    case Open m -> {
                        door.open = true;
                        door.log.add("opened(" + context.stash().unstashAll() + ")");
                    }
                    case Close m -> door.open = false;
                    case Log m -> replier.reply(List.copyOf(door.log));
                    case Stashed m -> replier.reply(context.stash().size());
                    case Crash m -> throw new IllegalStateException("crash");
                    case StashTwice m -> {
                        context.stash().stash();
                        context.stash().stash();
                    }
                }
            }
        }

        void enter(Enter m, ActorContext<Msg> context) {
            if (!open) {
                context.stash().stash();
                return;
            }
            log.add(m.who());
        }

        String knock(Knock m, ActorContext<Msg> context) {
            if (!open) {
                context.stash().stash();
                return "ignored: the request is stashed";
            }
            log.add("knock " + m.who());
            return "welcome " + m.who();
        }
    }

    private static ActorRef<Door.Msg> door(Spawner spawner) {
        return spawner.spawn("door", Door::new, Door.Descriptor.INSTANCE);
    }

    private static <T> T get(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void stashedMessagesComeBackInOrderBeforeTheMailbox() throws Exception {
        try (ActorSystem system = ActorSystem.create("stash-order")) {
            ActorRef<Door.Msg> door = door(system);
            door.tell(new Door.Enter("a"));
            door.tell(new Door.Enter("b"));
            CompletionStage<String> knock = door.ask(new Door.Knock("c"));
            door.tell(new Door.Enter("d"));
            assertEquals(4, get(door.ask(new Door.Stashed())));
            door.tell(new Door.Open());
            door.tell(new Door.Enter("e")); // after the open: behind the unstashed four
            assertEquals("welcome c", get(knock), "the stashed request was answered by the"
                    + " handler that handled it, not the one that stashed it");
            assertEquals(List.of("opened(4)", "a", "b", "knock c", "d", "e"),
                    get(door.ask(new Door.Log())));
            assertEquals(0, get(door.ask(new Door.Stashed())));
        }
    }

    @Test
    void aMessageStashedAgainDuringReplayWaitsForTheNextUnstash() throws Exception {
        try (ActorSystem system = ActorSystem.create("stash-again")) {
            ActorRef<Door.Msg> door = door(system);
            door.tell(new Door.Enter("a"));
            door.tell(new Door.Open());
            door.tell(new Door.Close());
            door.tell(new Door.Enter("b"));
            door.tell(new Door.Open());
            assertEquals(List.of("opened(1)", "a", "opened(1)", "b"), get(door.ask(new Door.Log())));
        }
    }

    @Test
    void stashedMessagesBecomeDeadLettersWhenTheActorStops() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        ActorSystem system = ActorSystem.create("stash-stop",
                ActorSystemConfig.builder().monitor(monitor).build());
        ActorRef<Door.Msg> door = door(system);
        door.tell(new Door.Enter("a"));
        CompletionStage<String> knock = door.ask(new Door.Knock("b"));
        assertEquals(2, get(door.ask(new Door.Stashed())));
        door.stop();
        monitor.awaitStopped(door.path());
        ExecutionException failed = assertThrows(ExecutionException.class, () -> get(knock));
        assertInstanceOf(ActorTerminatedException.class, failed.getCause());
        List<MonitorEvent.DeadLetter> dead = monitor.all(MonitorEvent.DeadLetter.class);
        assertEquals(List.of(new Door.Enter("a"), new Door.Knock("b")),
                dead.stream().map(MonitorEvent.DeadLetter::message).toList());
        assertTrue(dead.get(0).reason().contains("stashed"), dead.get(0).reason());
        system.close();
        get(system.whenTerminated());
        Accounting accounting = system.accounting();
        assertEquals(2, accounting.deadLettered());
        assertEquals(0, accounting.queued());
        // Enter, Knock (dead letters), Stashed (processed): every message accounted for once.
        assertEquals(3, accounting.total());
    }

    @Test
    void aRestartUnstashesForTheFreshInstance() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("stash-restart",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            SupervisorSpec spec = SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                    .child(ChildSpec.worker("door", Door::new, Door.Descriptor.INSTANCE))
                    .build();
            Supervisor sup = Supervisor.start(system, "sup", spec);
            get(sup.started());
            ActorRef<Door.Msg> door = sup.child("door");
            door.tell(new Door.Enter("a"));
            CompletionStage<String> knock = door.ask(new Door.Knock("b"));
            assertEquals(2, get(door.ask(new Door.Stashed())));
            door.tell(new Door.Crash());
            monitor.await(1, e -> e instanceof MonitorEvent.ActorRestarted r
                    && r.path().equals(door.path()));
            // The fresh instance is closed too: it stashes them again, in order.
            assertEquals(2, get(door.ask(new Door.Stashed())));
            door.tell(new Door.Open());
            assertEquals("welcome b", get(knock));
            assertEquals(List.of("opened(2)", "a", "knock b"), get(door.ask(new Door.Log())));
            sup.stop();
        }
    }

    @Test
    void aFullStashFailsTheActorWithATypedError() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        ActorSystem system = ActorSystem.create("stash-full",
                ActorSystemConfig.builder().monitor(monitor).build());
        ActorRef<Door.Msg> door = door(system);
        for (int i = 0; i <= Stash.DEFAULT_CAPACITY; i++) {
            door.tell(new Door.Enter("guest-" + i));
        }
        monitor.await(1, e -> e instanceof MonitorEvent.ActorFailed f
                && f.path().equals(door.path()));
        MonitorEvent.ActorFailed failure = monitor.all(MonitorEvent.ActorFailed.class).get(0);
        StashOverflowException overflow =
                assertInstanceOf(StashOverflowException.class, failure.cause());
        assertEquals(Stash.DEFAULT_CAPACITY, overflow.capacity());
        assertTrue(overflow.getMessage().contains("the stash of " + door.path() + " is full"
                + " (capacity 1000), so Enter could not be stashed"), overflow.getMessage());
        monitor.awaitStopped(door.path());
        system.close();
        get(system.whenTerminated());
        Accounting accounting = system.accounting();
        // The one that did not fit failed; the thousand stashed became dead letters.
        assertEquals(1, accounting.failed());
        assertEquals(Stash.DEFAULT_CAPACITY, accounting.deadLettered());
        assertEquals(Stash.DEFAULT_CAPACITY + 1, accounting.total());
    }

    @Test
    void stashingOutsideAHandlerOrTwiceIsAnError() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("stash-misuse",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            CompletableFuture<Throwable> fromPreStart = new CompletableFuture<>();
            system.spawn("early", () -> new Door() {
                @Override
                public void preStart(ActorContext<Door.Msg> context) {
                    try {
                        context.stash().stash();
                        fromPreStart.complete(null);
                    } catch (RuntimeException e) {
                        fromPreStart.complete(e);
                    }
                }
            }, Door.Descriptor.INSTANCE);
            Throwable early = get(fromPreStart);
            assertInstanceOf(IllegalStateException.class, early);
            assertTrue(early.getMessage().contains("while no message was being handled"),
                    early.getMessage());
            ActorRef<Door.Msg> door = door(system);
            door.tell(new Door.StashTwice());
            monitor.await(1, e -> e instanceof MonitorEvent.ActorFailed f
                    && f.path().equals(door.path()));
            Throwable cause = monitor.all(MonitorEvent.ActorFailed.class).get(0).cause();
            assertTrue(cause.getMessage().contains("was called twice for one message"),
                    cause.getMessage());
        }
    }

    @Test
    void aStashedRequestThatTimesOutIsStillHandledAndItsLateReplyDropped() throws Exception {
        ManualClock clock = new ManualClock();
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("stash-timeout", ActorSystemConfig.builder()
                .timerService(clock).monitor(monitor).build())) {
            ActorRef<Door.Msg> door = door(system);
            CompletionStage<String> knock =
                    door.ask(new Door.Knock("late"), java.time.Duration.ofSeconds(5));
            assertEquals(1, get(door.ask(new Door.Stashed(), java.time.Duration.ofHours(1))));
            clock.advance(java.time.Duration.ofSeconds(5));
            ExecutionException timedOut = assertThrows(ExecutionException.class, () -> get(knock));
            assertInstanceOf(AskTimeoutException.class, timedOut.getCause());
            door.tell(new Door.Open());
            // Handled when unstashed, as a request that timed out in the mailbox would be.
            assertEquals(List.of("opened(1)", "knock late"),
                    get(door.ask(new Door.Log(), java.time.Duration.ofHours(1))));
            assertTrue(monitor.all(MonitorEvent.ActorFailed.class).isEmpty());
        }
    }

    @Test
    void underContentionEverySendersMessagesAreHandledOnceAndInOrder() throws Exception {
        int senders = 4;
        int each = 240; // all of them fit in the stash at once: 4 x 240 < Stash.DEFAULT_CAPACITY
        try (ActorSystem system = ActorSystem.create("stash-contention",
                ActorSystemConfig.builder().parallelism(2).build())) {
            ActorRef<Door.Msg> door = door(system);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                String who = "s" + s;
                threads.add(Thread.ofPlatform().start(() -> {
                    awaitQuietly(go);
                    for (int i = 0; i < each; i++) {
                        door.tell(new Door.Enter(who + ":" + i));
                    }
                }));
            }
            threads.add(Thread.ofPlatform().start(() -> {
                awaitQuietly(go);
                for (int i = 0; i < 2_000; i++) {
                    door.tell(new Door.Open());
                    door.tell(new Door.Close());
                }
            }));
            go.countDown();
            for (Thread t : threads) {
                t.join(60_000);
                assertTrue(!t.isAlive(), "a sender did not finish");
            }
            door.tell(new Door.Open());
            List<String> log = get(door.ask(new Door.Log()));
            int[] next = new int[senders];
            for (String entry : log) {
                if (entry.startsWith("opened(")) {
                    continue;
                }
                int colon = entry.indexOf(':');
                int sender = Integer.parseInt(entry.substring(1, colon));
                int seq = Integer.parseInt(entry.substring(colon + 1));
                assertEquals(next[sender], seq, "sender " + sender + " out of order");
                next[sender]++;
            }
            for (int s = 0; s < senders; s++) {
                assertEquals(each, next[s], "sender " + s + " lost messages");
            }
            assertEquals(0, get(door.ask(new Door.Stashed())));
        }
    }

    @Test
    void theBehaviorSpawnedAsDecidesTheCapacity() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("stash-capacity",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            ActorRef<Door.Msg> door = system.spawn("small", Door::new, new Door.Descriptor() {
                @Override
                public int stashCapacity() {
                    return 2;
                }
            });
            door.tell(new Door.Enter("a"));
            door.tell(new Door.Enter("b"));
            assertEquals(2, get(door.ask(new Door.Stashed())));
            door.tell(new Door.Enter("c"));
            monitor.await(1, e -> e instanceof MonitorEvent.ActorFailed);
            StashOverflowException overflow = assertInstanceOf(StashOverflowException.class,
                    monitor.all(MonitorEvent.ActorFailed.class).get(0).cause());
            assertEquals(2, overflow.capacity());
        }
    }

    @Test
    void theAnnotationsDefaultIsTheRuntimes() throws Exception {
        assertEquals(Stash.DEFAULT_CAPACITY, dev.rt.annotation.ActorBehavior.class
                .getMethod("stashCapacity").getDefaultValue());
        assertEquals(Stash.DEFAULT_CAPACITY, Door.Descriptor.INSTANCE.stashCapacity());
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
