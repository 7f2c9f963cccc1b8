package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private final RecordingMonitor monitor = new RecordingMonitor();
    private ActorSystem system;

    @BeforeEach
    void start() {
        system = ActorSystem.create("life", ActorSystemConfig.builder().monitor(monitor).build());
    }

    @AfterEach
    void stop() {
        system.close();
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) {
        return stage.toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
    }

    @Test
    void aFailingHandlerStopsTheActorAndWatchersGetTheCause() throws Exception {
        Watcher.Seen seen = new Watcher.Seen();
        ActorRef<Watcher.Msg> watcher = Watcher.spawn(system, "w", seen);
        Counter.Hooks hooks = new Counter.Hooks();
        ActorRef<Counter.Msg> counter = Counter.spawn(system, "c", hooks);
        assertTrue(await(watcher.ask(new Watcher.Watch(counter))));

        counter.tell(new Counter.Fail("boom"));

        Terminated t = seen.nextTerminated();
        assertSame(counter, t.ref());
        assertTrue(t.failed());
        assertEquals("boom", t.failure().orElseThrow().getMessage());
        assertTrue(hooks.stopped.await(30, TimeUnit.SECONDS), "postStop did not run");
        List<MonitorEvent.ActorFailed> failures = monitor.all(MonitorEvent.ActorFailed.class);
        assertEquals(1, failures.size(), "the failure is reported exactly once");
        assertEquals("/user/c", failures.get(0).path());
        assertEquals("Fail", failures.get(0).messageType());
    }

    @Test
    void aNormalStopGivesTerminatedWithoutFailure() throws Exception {
        Watcher.Seen seen = new Watcher.Seen();
        ActorRef<Watcher.Msg> watcher = Watcher.spawn(system, "w", seen);
        ActorRef<Counter.Msg> counter = Counter.spawn(system, "c");
        assertTrue(await(watcher.ask(new Watcher.Watch(counter))));
        counter.tell(new Counter.StopSelf());
        Terminated t = seen.nextTerminated();
        assertFalse(t.failed());
    }

    @Test
    void watchingAnActorThatAlreadyStoppedDeliversTerminatedAtOnce() throws Exception {
        Watcher.Seen seen = new Watcher.Seen();
        ActorRef<Counter.Msg> counter = Counter.spawn(system, "c");
        counter.stop();
        monitor.awaitStopped(counter.path());
        ActorRef<Watcher.Msg> watcher = Watcher.spawn(system, "w", seen);
        assertTrue(await(watcher.ask(new Watcher.Watch(counter))));
        assertSame(counter, seen.nextTerminated().ref());
    }

    @Test
    void watchWithDeliversTheChosenMessage() throws Exception {
        Watcher.Seen seen = new Watcher.Seen();
        ActorRef<Watcher.Msg> watcher = Watcher.spawn(system, "w", seen);
        ActorRef<Counter.Msg> counter = Counter.spawn(system, "c");
        assertTrue(await(watcher.ask(new Watcher.WatchWith(counter, "counter-gone"))));
        counter.stop();
        assertEquals("counter-gone", seen.tags.poll(30, TimeUnit.SECONDS));
        assertTrue(seen.terminated.isEmpty(), "watchWith must not call onTerminated too");
    }

    @Test
    void unwatchMeansNoTerminated() throws Exception {
        Watcher.Seen seen = new Watcher.Seen();
        ActorRef<Watcher.Msg> watcher = Watcher.spawn(system, "w", seen);
        ActorRef<Counter.Msg> watched = Counter.spawn(system, "c");
        ActorRef<Counter.Msg> control = Counter.spawn(system, "control");
        assertTrue(await(watcher.ask(new Watcher.Watch(watched))));
        assertTrue(await(watcher.ask(new Watcher.Unwatch(watched))));
        assertTrue(await(watcher.ask(new Watcher.Watch(control))));
        watched.stop();
        monitor.awaitStopped(watched.path());
        control.stop();
        // the control's Terminated arrives; had the unwatched one been delivered it would be first
        assertSame(control, seen.nextTerminated().ref());
        assertNull(seen.terminated.poll());
    }

    @Test
    void stopGoesAheadOfQueuedMessagesWhichBecomeDeadLetters() throws Exception {
        Counter.Hooks hooks = new Counter.Hooks();
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c", hooks);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        c.tell(new Counter.Block(entered, release));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        int queued = 1_000;
        for (int i = 0; i < queued; i++) {
            c.tell(new Counter.Add(1));
        }
        CompletableFuture<Long> pendingAsk = c.ask(new Counter.Get()).toCompletableFuture();
        c.stop();
        release.countDown();
        monitor.awaitStopped(c.path());

        assertEquals(0, hooks.instance.count, "a queued message ran after stop");
        List<MonitorEvent.DeadLetter> dead = monitor.all(MonitorEvent.DeadLetter.class);
        assertEquals(queued + 1, dead.size(), "every queued message is reported");
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> pendingAsk.get(30, TimeUnit.SECONDS));
        assertInstanceOf(ActorTerminatedException.class, e.getCause());
    }

    @Test
    void messagesSentDuringAndAfterStopAreEachHandledOrReported() throws Exception {
        Counter.Hooks hooks = new Counter.Hooks();
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c", hooks);
        int sent = 20_000;
        Thread sender = new Thread(() -> {
            for (int i = 0; i < sent; i++) {
                c.tell(new Counter.Add(1));
            }
        });
        sender.start();
        c.stop();
        sender.join();
        monitor.awaitStopped(c.path());
        long handled = hooks.instance.count;
        // a straggler that read RUNNING just before the actor terminated is reported by the
        // turn it schedules, possibly after ActorStopped: wait for exactly the rest
        monitor.await((int) (sent - handled), e -> e instanceof MonitorEvent.DeadLetter);
        assertEquals(sent - handled, monitor.all(MonitorEvent.DeadLetter.class).size(),
                "handled " + handled + "; every other message is one dead letter");
    }

    @Test
    void childrenStopBeforeTheirParent() throws Exception {
        Watcher.Seen seen = new Watcher.Seen();
        ActorRef<Watcher.Msg> parent = Watcher.spawn(system, "parent", seen);
        Counter.Hooks h1 = new Counter.Hooks();
        Counter.Hooks h2 = new Counter.Hooks();
        ActorRef<Counter.Msg> a = await(parent.ask(new Watcher.SpawnChild("a", h1)));
        ActorRef<Counter.Msg> b = await(parent.ask(new Watcher.SpawnChild("b", h2)));
        assertEquals("/user/parent/a", a.path());
        assertEquals("/user/parent/b", b.path());
        assertTrue(h1.started.await(30, TimeUnit.SECONDS));
        assertTrue(h2.started.await(30, TimeUnit.SECONDS));
        parent.stop();
        monitor.awaitStopped("/user/parent");
        assertEquals(0, h1.stopped.getCount());
        assertEquals(0, h2.stopped.getCount());
        List<String> stopped = monitor.all(MonitorEvent.ActorStopped.class).stream()
                .map(MonitorEvent::path).toList();
        assertTrue(stopped.indexOf("/user/parent") > stopped.indexOf("/user/parent/a"), stopped.toString());
        assertTrue(stopped.indexOf("/user/parent") > stopped.indexOf("/user/parent/b"), stopped.toString());
    }

    @Test
    void aParentStopsOnlyItsOwnChildren() throws Exception {
        Watcher.Seen seen = new Watcher.Seen();
        ActorRef<Watcher.Msg> parent = Watcher.spawn(system, "parent", seen);
        ActorRef<Counter.Msg> stranger = Counter.spawn(system, "stranger");
        CompletableFuture<Boolean> attempt =
                parent.ask(new Watcher.StopChild(stranger)).toCompletableFuture();
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> attempt.get(30, TimeUnit.SECONDS));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("is not a child of /user/parent"));
    }

    @Test
    void aChildNameIsFreedWhenTheChildHasStopped() throws Exception {
        ActorRef<Watcher.Msg> parent = Watcher.spawn(system, "parent", new Watcher.Seen());
        ActorRef<Counter.Msg> a = await(parent.ask(new Watcher.SpawnChild("a", new Counter.Hooks())));
        CompletableFuture<ActorRef<Counter.Msg>> dup =
                parent.ask(new Watcher.SpawnChild("a", new Counter.Hooks())).toCompletableFuture();
        ExecutionException e = assertThrows(ExecutionException.class, () -> dup.get(30, TimeUnit.SECONDS));
        assertInstanceOf(InvalidActorNameException.class, e.getCause());
        // (the failing spawn failed the parent, as any handler exception does)
        monitor.awaitStopped("/user/parent");

        ActorRef<Watcher.Msg> parent2 = Watcher.spawn(system, "parent2", new Watcher.Seen());
        ActorRef<Counter.Msg> x = await(parent2.ask(new Watcher.SpawnChild("x", new Counter.Hooks())));
        assertTrue(await(parent2.ask(new Watcher.StopChild(x))));
        monitor.awaitStopped(x.path());
        // the child notifies its parent before it reports ActorStopped, and signals go ahead of
        // messages, so the parent has freed the name by the time it handles the next request
        ActorRef<Counter.Msg> again =
                await(parent2.ask(new Watcher.SpawnChild("x", new Counter.Hooks())));
        assertEquals("/user/parent2/x", again.path());
        assertEquals("/user/parent/a", a.path());
    }

    @Test
    void topLevelNamesAreUniqueAndChecked() throws Exception {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        InvalidActorNameException dup =
                assertThrows(InvalidActorNameException.class, () -> Counter.spawn(system, "c"));
        assertTrue(dup.getMessage().contains("already runs at /user/c"), dup.getMessage());
        InvalidActorNameException bad =
                assertThrows(InvalidActorNameException.class, () -> Counter.spawn(system, "a/b"));
        assertTrue(bad.getMessage().contains("'/'"), bad.getMessage());
        assertThrows(InvalidActorNameException.class, () -> Counter.spawn(system, ""));
        c.stop();
        monitor.awaitStopped(c.path());
        assertEquals("/user/c", Counter.spawn(system, "c").path());
    }

    @Test
    void aFailingPreStartStopsTheActorAndIsReported() throws Exception {
        Counter.Hooks hooks = new Counter.Hooks();
        hooks.failOnStart = new IllegalStateException("no config");
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c", hooks);
        monitor.awaitStopped(c.path());
        MonitorEvent.ActorFailed failed = monitor.all(MonitorEvent.ActorFailed.class).get(0);
        assertEquals("preStart", failed.messageType());
        assertEquals("no config", failed.cause().getMessage());
        assertEquals(1, hooks.stopped.getCount(), "postStop ran although preStart failed");
    }

    @Test
    void theContextRefusesOtherThreads() throws Exception {
        Counter.Hooks hooks = new Counter.Hooks();
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c", hooks);
        ActorContext<?>[] leaked = new ActorContext<?>[1];
        ActorRef<Watcher.Msg> w = system.spawn("w", () -> new Watcher(new Watcher.Seen(), "w") {
            @Override
            public void preStart(ActorContext<Msg> ctx) {
                super.preStart(ctx);
                leaked[0] = ctx;
            }
        }, Watcher.WatcherDescriptor.INSTANCE);
        assertTrue(await(w.ask(new Watcher.Watch(c))));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> leaked[0].watch(c));
        assertTrue(e.getMessage().contains("only the actor's own thread"), e.getMessage());
    }

    @Test
    void closeStopsBusyActorsAndReportsWhatTheyDidNotHandle() throws Exception {
        ActorSystem busy = ActorSystem.create("busy",
                ActorSystemConfig.builder().monitor(monitor).shutdownTimeout(Duration.ofSeconds(60)).build());
        Counter.Hooks hooks = new Counter.Hooks();
        ActorRef<Counter.Msg> c = Counter.spawn(busy, "c", hooks);
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        c.tell(new Counter.Block(entered, release));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        for (int i = 0; i < 100; i++) {
            c.tell(new Counter.Add(1));
        }
        Thread closer = new Thread(busy::close);
        closer.start();
        release.countDown();
        closer.join();
        assertTrue(busy.whenTerminated().toCompletableFuture().isDone());
        assertEquals(0, hooks.stopped.getCount());
        // close() races the release: some Adds may run before the stop signal lands; each of the
        // others is reported as a dead letter, so together they account for all 100
        long handled = hooks.instance.count;
        assertEquals(100 - handled, monitor.all(MonitorEvent.DeadLetter.class).size(),
                "handled " + handled);
        assertThrows(IllegalStateException.class, () -> Counter.spawn(busy, "late"));
    }

    @Test
    void closeGivesUpOnAStuckActorAfterItsTimeout() throws Exception {
        ActorSystem stuck = ActorSystem.create("stuck");
        ActorRef<Counter.Msg> c = Counter.spawn(stuck, "c");
        CountDownLatch entered = new CountDownLatch(1);
        c.tell(new Counter.Block(entered, new CountDownLatch(1)));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        assertFalse(stuck.close(Duration.ofMillis(50)), "close claimed a stuck actor stopped");
        // the abandoned handler is interrupted; the system terminates once it has returned
        stuck.whenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
