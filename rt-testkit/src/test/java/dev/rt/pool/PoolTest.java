package dev.rt.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.ManualClock;
import dev.rt.MonitorEvent;
import dev.rt.RecordingMonitor;
import dev.rt.Request;
import dev.rt.Terminated;
import dev.rt.Topic;
import dev.rt.annotation.Strategy;
import dev.rt.pool.crunch.Cruncher;
import dev.rt.pool.crunch.CruncherHandle;
import dev.rt.pool.PoolWorker.PoolWorkerDescriptor;
import dev.rt.supervision.ChildInfo;
import dev.rt.supervision.Directive;
import dev.rt.supervision.SupervisorSpec;
import dev.rt.testkit.TestProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pools: routing in the caller's thread, supervision of the workers, the pool as one actor. */
class PoolTest {

    private final ManualClock clock = new ManualClock();
    private final RecordingMonitor monitor = new RecordingMonitor();
    private final ActorSystem system = ActorSystem.create("pools", ActorSystemConfig.builder()
            .timerService(clock).monitor(monitor).askTimeout(Duration.ofSeconds(30))
            .parallelism(8) // smallestMailbox holds three workers in handlers at once
            .build());
    private final PoolWorker.Starts starts = new PoolWorker.Starts();

    @AfterEach
    void close() {
        system.close();
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private PoolRef<PoolWorker.Msg> roundRobin(String name, int size) {
        return Pool.roundRobin(system, name, size, () -> new PoolWorker(starts),
                PoolWorkerDescriptor.INSTANCE);
    }

    private static List<Long> counts(PoolRef<PoolWorker.Msg> pool) throws Exception {
        List<Long> out = new ArrayList<>();
        for (ActorRef<PoolWorker.Msg> w : pool.workers()) {
            out.add(await(w.ask(new PoolWorker.Count())));
        }
        return out;
    }

    @Test
    void thePoolIsNamedAfterItsSupervisorAndItsWorkersAreItsChildren() throws Exception {
        PoolRef<PoolWorker.Msg> pool = roundRobin("pool", 3);
        assertEquals("/user/pool", pool.path());
        assertEquals("pool", pool.name());
        assertEquals(List.of("/user/pool/pool-1", "/user/pool/pool-2", "/user/pool/pool-3"),
                pool.workers().stream().map(ActorRef::path).toList());
        assertSame(pool.workers(), Pool.workers(pool));
        List<ChildInfo> children = await(pool.supervisor().whichChildren());
        assertEquals(List.of("pool-1", "pool-2", "pool-3"),
                children.stream().map(ChildInfo::id).toList());
    }

    @Test
    void roundRobinSpreadsExactlyEvenly() throws Exception {
        PoolRef<PoolWorker.Msg> pool = roundRobin("rr", 3);
        for (int i = 0; i < 300; i++) {
            pool.tell(new PoolWorker.Add(1));
        }
        assertEquals(List.of(100L, 100L, 100L), counts(pool));
    }

    @Test
    void roundRobinIsExactUnderConcurrentSenders() throws Exception {
        PoolRef<PoolWorker.Msg> pool = roundRobin("rr", 3);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> senders = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < 3_000; i++) {
                    pool.tell(new PoolWorker.Add(1));
                }
            });
            t.start();
            senders.add(t);
        }
        go.countDown();
        for (Thread t : senders) {
            t.join();
        }
        assertEquals(List.of(4_000L, 4_000L, 4_000L), counts(pool));
    }

    @Test
    void asksAreRoutedToo() throws Exception {
        PoolRef<PoolWorker.Msg> pool = roundRobin("ask", 3);
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answered.add(await(pool.ask(new PoolWorker.WhoAmI())));
        }
        assertEquals(List.of("ask-1", "ask-2", "ask-3", "ask-1", "ask-2", "ask-3"), answered);
    }

    @Test
    void aCrashedWorkerIsRestartedWithItsMailboxAndThePoolKeepsRouting() throws Exception {
        PoolRef<PoolWorker.Msg> pool = roundRobin("crash", 2);
        pool.tell(new PoolWorker.Add(5));        // -> crash-1
        pool.tell(new PoolWorker.Add(7));        // -> crash-2
        pool.tell(new PoolWorker.Crash("boom")); // -> crash-1, which restarts
        for (int i = 0; i < 4; i++) {
            pool.tell(new PoolWorker.Add(1));    // -> crash-2, crash-1, crash-2, crash-1
        }
        // crash-1 lost its state (5) in the restart, but not the messages queued behind the crash
        assertEquals(List.of(2L, 9L), counts(pool));
        monitor.await(1, e -> e instanceof MonitorEvent.ActorRestarted r
                && r.path().equals("/user/crash/crash-1"));
        assertEquals(2, starts.of("crash-1"));
        assertEquals(1, starts.of("crash-2"));
        assertEquals("crash-2", await(pool.ask(new PoolWorker.WhoAmI())));
        assertEquals("crash-1", await(pool.ask(new PoolWorker.WhoAmI())));
    }

    @Test
    void watchingThePoolSeesItTerminateAfterStop() {
        PoolRef<PoolWorker.Msg> pool = roundRobin("watched", 2);
        TestProbe<Object> probe = TestProbe.create(system, "probe");
        probe.watch(pool);
        pool.stop();
        Terminated t = probe.expectTerminated(pool);
        assertEquals("/user/watched", t.ref().path());
        assertFalse(t.failed());
        for (ActorRef<PoolWorker.Msg> worker : pool.workers()) {
            probe.expectTerminated(worker); // stopped with their supervisor
        }
    }

    @Test
    void smallestMailboxRoutesToTheShortestQueue() throws Exception {
        PoolRef<PoolWorker.Msg> pool = Pool.smallestMailbox(system, "small", 3,
                () -> new PoolWorker(starts), PoolWorkerDescriptor.INSTANCE);
        List<ActorRef<PoolWorker.Msg>> w = pool.workers();
        CountDownLatch release = new CountDownLatch(1);
        for (ActorRef<PoolWorker.Msg> worker : w) { // hold every worker in a handler
            CountDownLatch entered = new CountDownLatch(1);
            worker.tell(new PoolWorker.Block(entered, release));
            assertTrue(entered.await(30, TimeUnit.SECONDS));
        }
        int[] queued = {5, 2, 4};
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < queued[i]; k++) {
                w.get(i).tell(new PoolWorker.Add(1));
            }
        }
        pool.tell(new PoolWorker.Add(100)); // small-2 has the fewest queued: 2
        pool.tell(new PoolWorker.Add(100)); // now small-2 has 3, small-3 has 4: small-2 again
        pool.tell(new PoolWorker.Add(1000)); // small-2 and small-3 tie at 4: either, not small-1
        release.countDown();
        List<Long> counts = counts(pool);
        assertTrue(counts.equals(List.of(5L, 1202L, 4L)) || counts.equals(List.of(5L, 202L, 1004L)),
                "the longest queue gets nothing routed: " + counts);
    }

    @Test
    void smallestMailboxSpreadsTiesAmongIdleWorkers() throws Exception {
        PoolRef<PoolWorker.Msg> pool = Pool.smallestMailbox(system, "ties", 3,
                () -> new PoolWorker(starts), PoolWorkerDescriptor.INSTANCE);
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answered.add(await(pool.ask(new PoolWorker.WhoAmI()))); // every mailbox empty
        }
        assertEquals(List.of("ties-1", "ties-2", "ties-3"), answered);
    }

    @Test
    void byKeySendsEqualKeysToTheSameWorker() throws Exception {
        PoolRef<PoolWorker.Msg> pool = Pool.byKey(system, "keyed", 4,
                () -> new PoolWorker(starts), PoolWorkerDescriptor.INSTANCE,
                m -> m instanceof PoolWorker.Keyed k ? k.key() : null);
        List<String> sent = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (char c = 'a'; c <= 'z'; c++) {
                pool.tell(new PoolWorker.Keyed(String.valueOf(c)));
                sent.add(String.valueOf(c));
            }
        }
        Map<String, Integer> workerOfKey = new HashMap<>();
        int total = 0;
        int busy = 0;
        for (int i = 0; i < 4; i++) {
            List<String> keys = await(pool.workers().get(i).ask(new PoolWorker.Keys()));
            total += keys.size();
            busy += keys.isEmpty() ? 0 : 1;
            for (String k : keys) {
                Integer before = workerOfKey.putIfAbsent(k, i);
                assertTrue(before == null || before == i, "key " + k + " went to two workers");
            }
            for (String k : keys) {
                assertEquals(3, keys.stream().filter(k::equals).count(), "key " + k);
            }
        }
        assertEquals(sent.size(), total);
        assertEquals(26, workerOfKey.size());
        assertTrue(busy > 1, "26 keys spread over more than one worker");
    }

    @Test
    void thePoolIsOneActorForHandlesTheRegistryAndTopics() throws Exception {
        PoolRef<PoolWorker.Msg> pool = roundRobin("svc", 2);
        // a generated handle wraps any ActorRef of its protocol
        record Handle(ActorRef<PoolWorker.Msg> ref) {
            void add(long n) {
                ref.tell(new PoolWorker.Add(n));
            }
        }
        Handle handle = new Handle(pool);
        handle.add(1);
        handle.add(2);

        system.registry().register("svc", pool);
        assertSame(pool, system.registry().lookup("svc", PoolWorker.Msg.class).orElseThrow());

        Topic<PoolWorker.Add> adds = system.topic("adds", PoolWorker.Add.class);
        adds.subscribe(pool);
        assertEquals(1, adds.publish(new PoolWorker.Add(10))); // one subscriber: one worker
        assertEquals(13L, counts(pool).stream().mapToLong(Long::longValue).sum());

        TestProbe<Object> probe = TestProbe.create(system, "probe");
        pool.stop();
        probe.expectTerminated(pool);
        assertEquals(0, adds.subscriberCount());
        assertEquals(java.util.Optional.empty(),
                system.registry().lookup("svc", PoolWorker.Msg.class));
    }

    @Test
    void supervisionCanBeChosen() throws Exception {
        PoolRef<PoolWorker.Msg> pool = Pool.start(system, "resumes", 2,
                () -> new PoolWorker(starts), PoolWorkerDescriptor.INSTANCE, Routing.roundRobin(),
                SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                        .decider(cause -> dev.rt.supervision.Directive.RESUME).build());
        pool.tell(new PoolWorker.Add(5));
        pool.tell(new PoolWorker.Add(7));
        pool.tell(new PoolWorker.Crash("kept")); // resumed: resumes-1 keeps its 5
        pool.tell(new PoolWorker.Add(1));        // -> resumes-2
        assertEquals(List.of(5L, 8L), counts(pool));
        assertEquals(1, starts.of("resumes-1"));
    }

    @Test
    void aChildSpecFromAnotherPackageTakesASupervisorSpec() throws Exception {
        // Cruncher's descriptor is package-private to dev.rt.pool.crunch, as a generated one is:
        // this test cannot name it, only the handle's child spec
        AtomicInteger starts = new AtomicInteger();
        PoolRef<Cruncher.Msg> pool = Pool.start(system, "crunchers", 2,
                CruncherHandle.childSpec("worker", siblings -> new Cruncher(starts)),
                Routing.roundRobin(), SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                        .intensity(1, Duration.ofMinutes(1))
                        .decider(cause -> Directive.RESUME).build());
        pool.tell(new Cruncher.Add(5));          // -> crunchers-1
        pool.tell(new Cruncher.Add(7));          // -> crunchers-2
        pool.tell(new Cruncher.Crash("kept"));   // -> crunchers-1: resumed, keeps its 5
        pool.tell(new Cruncher.Add(1));          // -> crunchers-2
        pool.tell(new Cruncher.Crash("again"));  // -> crunchers-1: a resume is not a restart
        List<Long> counts = new ArrayList<>();
        for (ActorRef<Cruncher.Msg> w : pool.workers()) {
            counts.add(await(w.ask(new Cruncher.Count())));
        }
        assertEquals(List.of(5L, 8L), counts);
        assertEquals(2, starts.get(), "a worker was restarted: the decider was not applied");
        assertEquals(List.of(), monitor.all(MonitorEvent.ActorRestarted.class));
        assertEquals(List.of("/user/crunchers/crunchers-1", "/user/crunchers/crunchers-2"),
                pool.workers().stream().map(ActorRef::path).toList());
    }

    @Test
    void aChildSpecPoolChecksItsSupervisorSpec() {
        AtomicInteger starts = new AtomicInteger();
        IllegalArgumentException withChildren = assertThrows(IllegalArgumentException.class,
                () -> Pool.start(system, "bad", 2,
                        CruncherHandle.childSpec("worker", siblings -> new Cruncher(starts)),
                        Routing.roundRobin(), SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                                .child(CruncherHandle.childSpec("x",
                                        siblings -> new Cruncher(starts)))
                                .build()));
        assertTrue(withChildren.getMessage().contains("no children"), withChildren.getMessage());
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> Pool.start(system, "nested", 2,
                        dev.rt.supervision.ChildSpec.supervisor("s",
                                SupervisorSpec.builder(Strategy.ONE_FOR_ONE).build()),
                        Routing.roundRobin(), SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                                .build()));
        assertTrue(nested.getMessage().contains("not supervisors"), nested.getMessage());
        assertEquals(0, starts.get());
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> roundRobin("none", 0));
        IllegalArgumentException withChildren = assertThrows(IllegalArgumentException.class,
                () -> Pool.start(system, "bad", 2, PoolWorker::new, PoolWorkerDescriptor.INSTANCE,
                        Routing.roundRobin(), SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                                .child(dev.rt.supervision.ChildSpec.worker("x", PoolWorker::new,
                                        PoolWorkerDescriptor.INSTANCE))
                                .build()));
        assertTrue(withChildren.getMessage().contains("no children"), withChildren.getMessage());
        TestProbe<PoolWorker.Msg> notAPool = TestProbe.create(system, "p");
        assertThrows(IllegalArgumentException.class, () -> Pool.workers(notAPool.ref()));

        PoolRef<PoolWorker.Msg> pool = roundRobin("typed", 1);
        record Foreign() implements Request<String> {}
        @SuppressWarnings({"unchecked", "rawtypes"})
        ActorRef<Object> raw = (ActorRef) pool;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> raw.ask(new Foreign()));
        assertTrue(e.getMessage().contains(PoolWorker.Msg.class.getName()), e.getMessage());
    }
}
