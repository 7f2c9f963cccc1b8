package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

class TellTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    @Test
    void oneSenderIsHandledInOrder() throws Exception {
        try (ActorSystem system = ActorSystem.create("order")) {
            Counter.Hooks hooks = new Counter.Hooks();
            ActorRef<Counter.Msg> counter = Counter.spawn(system, "c", hooks);
            int n = 100_000;
            for (int i = 0; i < n; i++) {
                counter.tell(new Counter.Seq(0, i));
            }
            assertEquals(n, counter.ask(new Counter.Get(), LONG).toCompletableFuture().join());
            List<int[]> seen = hooks.instance.seqs;
            assertEquals(n, seen.size());
            for (int i = 0; i < n; i++) {
                assertEquals(i, seen.get(i)[1], "message " + i + " out of order");
            }
        }
    }

    @Test
    void fourSendersAreCountedExactlyAndEachInOrder() throws Exception {
        int senders = 4;
        int perSender = 250_000;
        try (ActorSystem system = ActorSystem.create("count")) {
            Counter.Hooks hooks = new Counter.Hooks();
            ActorRef<Counter.Msg> counter = Counter.spawn(system, "c", hooks);
            sendFromThreads(senders, sender -> {
                for (int i = 0; i < perSender; i++) {
                    counter.tell(new Counter.Seq(sender, i));
                }
            });
            long total = counter.ask(new Counter.Get(), LONG).toCompletableFuture().join();
            assertEquals((long) senders * perSender, total);
            assertEachSenderInOrder(hooks.instance.seqs, senders, perSender, "");
        }
    }

    /**
     * The mailbox under contention while it drains and refills all the time: a throughput of 1
     * ends a turn after every message, so the actor goes idle over and over and senders race the
     * end of its turns, each other's enqueues and a thread that counts the queue (the snapshot's
     * mailbox depth). Nothing is lost or handled twice, each sender's
     * messages come in order, and the drained queue counts zero.
     */
    @Test
    void sendersRacingIdleTurnsAndACountingThreadLoseNothing() throws Exception {
        int senders = 3;
        int perSender = 50_000;
        try (ActorSystem system = ActorSystem.create("drain",
                ActorSystemConfig.builder().throughput(1).build())) {
            Counter.Hooks hooks = new Counter.Hooks();
            ActorRef<Counter.Msg> counter = Counter.spawn(system, "c", hooks);
            CountDownLatch go = new CountDownLatch(1);
            CountDownLatch sent = new CountDownLatch(senders);
            List<Thread> threads = startSenders(senders, go, sender -> {
                for (int i = 0; i < perSender; i++) {
                    counter.tell(new Counter.Seq(sender, i));
                }
                sent.countDown();
            });
            long[] walks = new long[1];
            int[] badDepth = {0};
            Thread walker = Thread.ofPlatform().start(() -> {
                while (sent.getCount() > 0) {
                    int depth = system.snapshot().find(counter.path()).orElseThrow()
                            .mailboxDepth();
                    if (depth < 0 || depth > senders * perSender) {
                        badDepth[0] = depth;
                    }
                    walks[0]++;
                }
            });
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            walker.join();
            long total = counter.ask(new Counter.Get(), LONG).toCompletableFuture().join();
            assertEquals((long) senders * perSender, total);
            assertEachSenderInOrder(hooks.instance.seqs, senders, perSender, "");
            assertEquals(0, system.snapshot().find(counter.path()).orElseThrow().mailboxDepth(),
                    "a drained mailbox counts nothing");
            assertEquals(0, badDepth[0], "a count outside what was ever queued");
            assertTrue(walks[0] > 0, "the counting thread never ran");
        }
    }

    /**
     * Fresh actors switched to their streaming queue by the senders: each of three threads tells
     * every actor in turn, as a producer feeding workers does, and runs far enough ahead of the
     * actors that a sender finds a backlog and installs the array while the other senders push
     * onto the linked queue and the actor's turns take from it (or the actor's thread switches
     * first). Nothing is lost or handled twice, and each sender's messages come in order.
     */
    @Test
    void sendersThatSwitchFreshActorsToTheArrayLoseNothing() throws Exception {
        try (ActorSystem system = ActorSystem.create("switch")) {
            tellRoundRobinFromThreads(system, 40, 3, 3_000);
        }
    }

    @Test
    void manyActorsOnFewThreadsAllFinish() throws Exception {
        try (ActorSystem system = ActorSystem.create("many",
                ActorSystemConfig.builder().throughput(1).build())) {
            int actors = 500;
            List<ActorRef<Counter.Msg>> refs = new ArrayList<>();
            for (int i = 0; i < actors; i++) {
                refs.add(Counter.spawn(system, "c" + i));
            }
            for (int round = 0; round < 100; round++) {
                for (ActorRef<Counter.Msg> r : refs) {
                    r.tell(new Counter.Add(1));
                }
            }
            for (ActorRef<Counter.Msg> r : refs) {
                assertEquals(100L, r.ask(new Counter.Get(), LONG).toCompletableFuture().join());
            }
        }
    }

    /**
     * Wake-ups from outside the pool under contention: several plain threads tell many actors
     * round-robin, so the actors drain and go idle all the time and most tells wake one, through
     * the batched wake-ups of the scheduler (a stack that a pool task drains). Every actor handles
     * every message exactly once, and each sender's messages in the order it sent them.
     */
    @Test
    void sendersOutsideThePoolWakingManyIdleActorsLoseNothingAndKeepTheirOrder()
            throws Exception {
        try (ActorSystem system = ActorSystem.create("outside")) {
            tellRoundRobinFromThreads(system, 200, 3, 500);
        }
    }

    /**
     * Spawns {@code actors} counters; {@code senders} plain threads each tell every counter in
     * turn, {@code rounds} times; then checks that every counter handled every message exactly
     * once, and each sender's messages in the order it sent them.
     */
    private static void tellRoundRobinFromThreads(ActorSystem system, int actors, int senders,
            int rounds) throws InterruptedException {
        List<Counter.Hooks> hooks = new ArrayList<>();
        List<ActorRef<Counter.Msg>> refs = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            Counter.Hooks h = new Counter.Hooks();
            hooks.add(h);
            refs.add(Counter.spawn(system, "c" + i, h));
        }
        sendFromThreads(senders, sender -> {
            for (int round = 0; round < rounds; round++) {
                for (ActorRef<Counter.Msg> r : refs) {
                    r.tell(new Counter.Seq(sender, round));
                }
            }
        });
        for (int i = 0; i < actors; i++) {
            long total = refs.get(i).ask(new Counter.Get(), LONG).toCompletableFuture().join();
            assertEquals((long) senders * rounds, total, "actor " + i);
            assertEachSenderInOrder(hooks.get(i).instance.seqs, senders, rounds,
                    "actor " + i + ", ");
        }
    }

    @Test
    void aUserExecutorRunsActorsToo() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try (ActorSystem system = ActorSystem.create("exec",
                ActorSystemConfig.builder().executor(executor).build())) {
            ActorRef<Counter.Msg> counter = Counter.spawn(system, "c");
            for (int i = 0; i < 10_000; i++) {
                counter.tell(new Counter.Add(2));
            }
            assertEquals(20_000L, counter.ask(new Counter.Get(), LONG).toCompletableFuture().join());
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void tellToAStoppedActorIsADeadLetterNotAnException() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        try (ActorSystem system = ActorSystem.create("dead",
                ActorSystemConfig.builder().monitor(monitor).build())) {
            ActorRef<Counter.Msg> counter = Counter.spawn(system, "c");
            counter.stop();
            monitor.awaitStopped(counter.path());
            counter.tell(new Counter.Add(7));
            List<MonitorEvent.DeadLetter> dead = monitor.all(MonitorEvent.DeadLetter.class);
            assertEquals(1, dead.size());
            assertEquals(new Counter.Add(7), dead.get(0).message());
            assertEquals("/user/c", dead.get(0).path());
        }
    }

    /**
     * Runs {@code send} on one new thread per sender, all released at once, and waits for them.
     *
     * @param senders how many threads
     * @param send what each does, given its sender number
     */
    private static void sendFromThreads(int senders, IntConsumer send)
            throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = startSenders(senders, go, send);
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
    }

    /**
     * Starts one new thread per sender, each of which waits for {@code go} and then runs
     * {@code send} with its sender number.
     *
     * @return the threads, started
     */
    private static List<Thread> startSenders(int senders, CountDownLatch go, IntConsumer send) {
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int sender = s;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                send.accept(sender);
            }));
        }
        return threads;
    }

    /**
     * Asserts that the handled {@code (sender, seq)} pairs hold each sender's messages in the
     * order it sent them, {@code perSender} of each.
     */
    private static void assertEachSenderInOrder(List<int[]> seqs, int senders, int perSender,
            String who) {
        int[] next = new int[senders];
        for (int[] pair : seqs) {
            assertEquals(next[pair[0]], pair[1], who + "sender " + pair[0] + " out of order");
            next[pair[0]]++;
        }
        for (int s = 0; s < senders; s++) {
            assertEquals(perSender, next[s], who + "sender " + s);
        }
    }
}
