package dev.rt.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Accounting;
import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.Eventually;
import dev.rt.Mailbox;
import dev.rt.MailboxFullException;
import dev.rt.Request;
import dev.rt.annotation.Overflow;
import dev.rt.annotation.Strategy;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.spi.Replier;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Chaos soak: a three-level supervision tree under 8 concurrent producers, with handler failures
 * (about 1%), actors stopping themselves at random (and being restarted), bounded mailboxes under
 * every overflow policy, periodic timers and asks in flight. Three quarters of the way through
 * the system is closed while the producers go on sending, and then RT's promise is checked
 * exactly: every message the producers sent is
 * in one of the accounting buckets, every ask completed exactly once, no actor was stuck, no
 * thread leaked, and the heap came back to its baseline.
 *
 * <p>The suite runs a short soak (8 × 20,000 messages). A long one is one command:
 * {@code mvn -pl rt-runtime test -Dtest=ChaosSoakTest -Drt.soak.messages=2000000}, where the
 * number is per producer. The seed is printed and can be fixed with {@code -Drt.soak.seed=…}.
 */
class ChaosSoakTest {

    private static final int PRODUCERS = 8;

    // ---- the workers ----

    sealed interface Msg {}

    /** Work; fails when {@code n % 100 == 7} (about 1%). */
    record Work(long n) implements Msg {}

    /** The worker stops itself: a normal exit, after which its supervisor restarts it. */
    record Exit() implements Msg {}

    /** A request; fails like Work. */
    record Query(long n) implements Msg, Request<Long> {}

    /** Sent by the worker's periodic timer. */
    record Tick() implements Msg {}

    static final class Worker implements Actor<Msg> {
        private long handled;

        @Override
        public void preStart(ActorContext<Msg> context) {
            context.timers().startPeriodic("tick", new Tick(), Duration.ofMillis(2));
        }

        static final class WorkerDescriptor implements BehaviorDescriptor<Worker, Msg> {
            static final WorkerDescriptor INSTANCE = new WorkerDescriptor();

            @Override
            public Class<Msg> protocol() {
                return Msg.class;
            }

            @Override
            public void dispatch(Worker w, Msg message, ActorContext<Msg> context,
                    Replier replier) {
                switch (message) {
                    case Work m -> {
                        if (m.n() % 100 == 7) {
                            throw new IllegalStateException("chaos " + m.n());
                        }
                        w.handled++;
                    }
                    case Query m -> {
                        if (m.n() % 100 == 7) {
                            throw new IllegalStateException("chaos " + m.n());
                        }
                        replier.reply(++w.handled);
                    }
                    case Exit m -> context.stop();
                    case Tick m -> w.handled++;
                }
            }
        }
    }

    private static final Mailbox[] MAILBOXES = {
        Mailbox.UNBOUNDED,
        Mailbox.bounded(64, Overflow.REJECT),
        Mailbox.bounded(64, Overflow.DROP_NEWEST),
        Mailbox.bounded(64, Overflow.DROP_OLDEST),
        Mailbox.bounded(64, Overflow.BLOCK).withBlockTimeout(Duration.ofMillis(1)),
    };

    private static SupervisorSpec group(Strategy strategy, String prefix) {
        SupervisorSpec.Builder b = SupervisorSpec.builder(strategy)
                .intensity(1_000_000, Duration.ofSeconds(1));
        for (int i = 0; i < MAILBOXES.length; i++) {
            b.child(ChildSpec.worker(prefix + i, Worker::new, Worker.WorkerDescriptor.INSTANCE)
                    .withMailbox(MAILBOXES[i]));
        }
        return b.build();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static int rtThreads(String system) {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("rt-" + system + "-")) {
                n++;
            }
        }
        return n;
    }

    /** {@return the system's live threads, each with its state and its top frames} */
    private static String liveThreads(String system) {
        StringBuilder b = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.isAlive() && t.getName().startsWith("rt-" + system + "-")) {
                b.append('\n').append(t.getName()).append(' ').append(t.getState());
                for (int i = 0; i < Math.min(12, stack.length); i++) {
                    b.append("\n    at ").append(stack[i]);
                }
            }
        });
        return b.toString();
    }

    @Test
    void everyMessageIsAccountedForUnderChaos() throws Exception {
        long perProducer = Long.getLong("rt.soak.messages", 20_000);
        long seed = Long.getLong("rt.soak.seed", System.nanoTime());
        System.out.println("ChaosSoakTest: seed " + seed + " (-Drt.soak.seed=" + seed
                + " to repeat), " + perProducer + " messages per producer");
        int threadsBefore = Thread.getAllStackTraces().size();
        long heapBefore = usedHeap();

        AtomicLong sent = new AtomicLong();
        AtomicInteger asks = new AtomicInteger();
        AtomicInteger askCompletions = new AtomicInteger();
        AtomicInteger doubleCompletions = new AtomicInteger();
        ActorSystem system = ActorSystem.create("soak", ActorSystemConfig.builder()
                .shutdownTimeout(Duration.ofSeconds(60)).build());
        Supervisor root = Supervisor.start(system, "root",
                SupervisorSpec.builder(Strategy.ONE_FOR_ONE).intensity(1_000_000, Duration.ofSeconds(1))
                        .child(ChildSpec.supervisor("a", group(Strategy.ONE_FOR_ONE, "a")))
                        .child(ChildSpec.supervisor("b", group(Strategy.ONE_FOR_ALL, "b")))
                        .child(ChildSpec.supervisor("c", group(Strategy.REST_FOR_ONE, "c")))
                        .build());
        List<ActorRef<Msg>> workers = new ArrayList<>();
        for (String g : List.of("a", "b", "c")) {
            Supervisor sup = Supervisor.of(root.child(g));
            for (int i = 0; i < MAILBOXES.length; i++) {
                workers.add(sup.child(g + i));
            }
        }

        CountDownLatch go = new CountDownLatch(1);
        List<Thread> producers = new ArrayList<>();
        List<List<CompletableFuture<Long>>> pending = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            SplittableRandom random = new SplittableRandom(seed + p);
            List<CompletableFuture<Long>> mine = new ArrayList<>();
            pending.add(mine);
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                for (long i = 0; i < perProducer; i++) {
                    ActorRef<Msg> w = workers.get(random.nextInt(workers.size()));
                    long n = random.nextLong(1_000_000);
                    int kind = random.nextInt(1000);
                    sent.incrementAndGet();
                    try {
                        if (kind < 2) {
                            w.tell(new Exit());
                        } else if (kind < 50) {
                            CompletableFuture<Long> f = w.ask(new Query(n),
                                    Duration.ofMillis(20)).toCompletableFuture();
                            asks.incrementAndGet();
                            AtomicInteger once = new AtomicInteger();
                            f.whenComplete((v, e) -> {
                                askCompletions.incrementAndGet();
                                if (once.incrementAndGet() > 1) {
                                    doubleCompletions.incrementAndGet();
                                }
                            });
                            mine.add(f);
                        } else if (kind < 100) {
                            w.offer(new Work(n));
                        } else if (kind < 150) {
                            w.tellWithin(new Work(n), Duration.ofMillis(1));
                        } else {
                            w.tell(new Work(n));
                        }
                    } catch (MailboxFullException refused) {
                        // reported as dropped: counted in the accounting
                    }
                }
            }, "soak-producer-" + p);
            producers.add(t);
            t.start();
        }
        go.countDown();
        // shutdown under load: close while the producers are still sending
        long total = perProducer * PRODUCERS;
        Eventually.await(() -> sent.get() >= total * 3 / 4,
                () -> "the producers sent only " + sent.get() + " of " + total);
        boolean closedInTime = system.close(Duration.ofSeconds(60));
        for (Thread t : producers) {
            t.join();
        }

        assertTrue(closedInTime, "an actor was stuck: close() did not finish within its bound");
        Accounting a = system.accounting();
        System.out.println("ChaosSoakTest: sent " + sent.get() + ", " + a);
        assertEquals(0, a.queued(), "messages left in mailboxes after close");
        assertEquals(sent.get(), a.sentByUsers(), "every message sent is accounted for: " + a);
        assertTrue(a.failed() > 0 && a.dropped() > 0 && a.expired() >= 0 && a.deadLettered() > 0,
                "the chaos did not happen: " + a);

        for (List<CompletableFuture<Long>> mine : pending) {
            for (CompletableFuture<Long> f : mine) {
                assertTrue(f.isDone(), "an ask never completed");
            }
        }
        Eventually.holds(() -> askCompletions.get() >= asks.get());
        assertEquals(asks.get(), askCompletions.get(), "every ask completed exactly once");
        assertEquals(0, doubleCompletions.get());

        pending.clear();
        workers.clear();
        Eventually.holds(() -> rtThreads("soak") == 0);
        assertEquals(0, rtThreads("soak"), () -> "the system's threads outlived it: "
                + liveThreads("soak"));
        assertTrue(Thread.getAllStackTraces().size() <= threadsBefore + 2,
                "threads leaked");
        long heapAfter = usedHeap();
        assertTrue(heapAfter - heapBefore < 64L * 1024 * 1024,
                "the heap grew by " + (heapAfter - heapBefore) / 1024 + " KiB");
    }
}
