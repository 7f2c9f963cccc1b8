package dev.rt.bench;

import dev.rt.ActorSystem;
import dev.rt.bench.pekko.Pekko;
import dev.rt.bench.pekko.PekkoActors;
import dev.rt.bench.vt.VtActor;
import dev.rt.bench.vt.VtBlaster;
import dev.rt.bench.vt.VtSink;
import dev.rt.bench.vt.VtTally;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.jctools.queues.varhandle.MpscUnboundedVarHandleArrayQueue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Tell throughput, in messages per second, and its physical limits on this machine.
 *
 * <ul>
 *   <li>{@code oneToOne}: the benchmark thread tells 10,000 hits to one actor, then asks it for
 *       its count, which returns once all of them are handled.
 *   <li>{@code nToOne}: 4 sender actors tell 25,000 hits each to one actor.
 *   <li>{@code pairs}: 16 sender actors each tell 6,250 hits to a receiver of their own (32
 *       actors on 2 cores).
 *   <li>Baselines for {@code oneToOne}: {@code RawQueue} hands the same message objects through
 *       the same MPSC queue as RT's mailbox ({@link MpscUnboundedVarHandleArrayQueue}, chunk 32)
 *       to a consumer thread that spins on it and calls the generated descriptor's {@code
 *       dispatch}, with no actor machinery; {@code RawDispatch} calls that {@code dispatch}
 *       directly on one thread.
 * </ul>
 *
 * <p>Each case runs in RT, in Pekko, and with plain virtual-thread actors ({@code Vt}: {@link
 * dev.rt.bench.vt}, one virtual thread and one {@code LinkedTransferQueue} per actor). {@code
 * Hit} has no components, so every case sends one shared instance, as each runtime's user would:
 * RT's generated handle sends its one {@code Hit} (docs/processor.md), Pekko and the virtual
 * threads their {@code Hit.INSTANCE}, and the baselines {@link #HIT}. The rows measure the
 * hand-off, not the allocation of a message (before change 24 in docs/benchmarks.md, every case
 * allocated a fresh {@code Hit} per tell).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TellBenchmark {

    /** The one {@code Hit} that the baselines send, as RT's generated handle does. */
    static final Sink.Msg.Hit HIT = new Sink.Msg.Hit();

    static final int BATCH = 10_000;
    static final int TOTAL = 100_000;
    static final int SENDERS = 4;
    static final int PAIRS = 16;

    /** Creates the benchmark; JMH instantiates it. */
    public TellBenchmark() {}

    /** RT's actors: a sink, and the senders and receivers of the N-to-1 and pairs cases. */
    @State(Scope.Benchmark)
    public static class Rt {
        ActorSystem system;
        SinkHandle sink;
        final Done done = new Done();
        BlasterHandle[] nToOne;
        BlasterHandle[] pairs;

        /** Creates the state. */
        public Rt() {}

        /** Starts the system and the actors. */
        @Setup(Level.Trial)
        public void setUp() {
            system = ActorSystem.create("tell");
            sink = SinkHandle.spawn(system, "sink", Sink::new);
            TallyHandle many = TallyHandle.spawn(system, "n-to-1",
                    () -> new Tally(TOTAL, done));
            nToOne = new BlasterHandle[SENDERS];
            for (int i = 0; i < SENDERS; i++) {
                nToOne[i] = BlasterHandle.spawn(system, "sender-" + i, () -> new Blaster(many));
            }
            pairs = new BlasterHandle[PAIRS];
            for (int i = 0; i < PAIRS; i++) {
                TallyHandle receiver = TallyHandle.spawn(system, "receiver-" + i,
                        () -> new Tally(TOTAL / PAIRS, done));
                pairs[i] = BlasterHandle.spawn(system, "pair-" + i, () -> new Blaster(receiver));
            }
        }

        /** Closes the system. */
        @TearDown(Level.Trial)
        public void tearDown() {
            system.close();
        }
    }

    /** Pekko's twins of {@link Rt}'s actors. */
    @State(Scope.Benchmark)
    public static class Pk {
        org.apache.pekko.actor.typed.ActorSystem<SpawnProtocol.Command> system;
        ActorRef<PekkoActors.Sink.Msg> sink;
        final Done done = new Done();
        ActorRef<PekkoActors.Blaster.Msg>[] nToOne;
        ActorRef<PekkoActors.Blaster.Msg>[] pairs;

        /** Creates the state. */
        public Pk() {}

        /** Starts the system and the actors. */
        @Setup(Level.Trial)
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void setUp() {
            system = Pekko.start("tell");
            sink = Pekko.spawn(system, PekkoActors.Sink.create(), "sink");
            ActorRef<PekkoActors.Tally.Msg> many = Pekko.spawn(system,
                    PekkoActors.Tally.create(TOTAL, done), "n-to-1");
            nToOne = new ActorRef[SENDERS];
            for (int i = 0; i < SENDERS; i++) {
                nToOne[i] = Pekko.spawn(system, PekkoActors.Blaster.create(many), "sender-" + i);
            }
            pairs = new ActorRef[PAIRS];
            for (int i = 0; i < PAIRS; i++) {
                ActorRef<PekkoActors.Tally.Msg> receiver = Pekko.spawn(system,
                        PekkoActors.Tally.create(TOTAL / PAIRS, done), "receiver-" + i);
                pairs[i] = Pekko.spawn(system, PekkoActors.Blaster.create(receiver), "pair-" + i);
            }
        }

        /** Terminates the system. */
        @TearDown(Level.Trial)
        public void tearDown() {
            Pekko.stop(system);
        }
    }

    /** The virtual-thread twins of {@link Rt}'s actors, one virtual thread each. */
    @State(Scope.Benchmark)
    public static class Vt {
        ExecutorService executor;
        VtSink sink;
        final Done done = new Done();
        VtBlaster[] nToOne;
        VtBlaster[] pairs;

        /** Creates the state. */
        public Vt() {}

        /** Starts the executor and the actors. */
        @Setup(Level.Trial)
        public void setUp() {
            executor = Executors.newVirtualThreadPerTaskExecutor();
            sink = VtActor.start(executor, new VtSink());
            VtTally many = VtActor.start(executor, new VtTally(TOTAL, done));
            nToOne = new VtBlaster[SENDERS];
            for (int i = 0; i < SENDERS; i++) {
                nToOne[i] = VtActor.start(executor, new VtBlaster(many));
            }
            pairs = new VtBlaster[PAIRS];
            for (int i = 0; i < PAIRS; i++) {
                VtTally receiver = VtActor.start(executor, new VtTally(TOTAL / PAIRS, done));
                pairs[i] = VtActor.start(executor, new VtBlaster(receiver));
            }
        }

        /** Stops every actor (interrupts their threads) and waits until all have ended. */
        @TearDown(Level.Trial)
        public void tearDown() {
            executor.shutdownNow();
            executor.close();
        }
    }

    /**
     * The raw hand-off: RT's mailbox queue between the benchmark thread and a consumer thread
     * that calls the generated descriptor's {@code dispatch}. No scheduling and no actor: when
     * the queue is empty the consumer spins a little, then parks for a microsecond (a consumer
     * that only spins starves the producer on this busy 2-core machine and measured slower, not
     * faster). It publishes how many it has handled when it finds the queue empty.
     */
    @State(Scope.Benchmark)
    public static class Raw {
        private static final VarHandle CONSUMED;

        static {
            try {
                CONSUMED = MethodHandles.lookup().findVarHandle(Raw.class, "consumed", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final MpscUnboundedVarHandleArrayQueue<Sink.Msg> queue =
                new MpscUnboundedVarHandleArrayQueue<>(32);
        final Sink sink = new Sink();
        private volatile boolean running;
        private volatile long consumed;
        long produced;
        private Thread consumer;

        /** Creates the state. */
        public Raw() {}

        /** Starts the consumer thread. */
        @Setup(Level.Trial)
        public void setUp() {
            running = true;
            consumer = new Thread(this::consume, "raw-consumer");
            consumer.setDaemon(true);
            consumer.start();
        }

        private void consume() {
            long n = 0;
            int idle = 0;
            while (running) {
                Sink.Msg m = queue.relaxedPoll();
                if (m == null) {
                    CONSUMED.setRelease(this, n);
                    backOff(++idle);
                    continue;
                }
                idle = 0;
                try {
                    SinkDescriptor.INSTANCE.dispatch(sink, m, null, null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                n++;
            }
        }

        /** Waits until the consumer has handled everything produced. */
        void awaitConsumed() {
            int idle = 0;
            while ((long) CONSUMED.getAcquire(this) < produced) {
                backOff(++idle);
            }
        }

        private static void backOff(int idle) {
            if (idle < 100) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(1_000);
            }
        }

        /** Stops the consumer thread. */
        @TearDown(Level.Trial)
        public void tearDown() throws InterruptedException {
            running = false;
            consumer.join();
        }
    }

    /** The direct call: the generated descriptor's {@code dispatch} on the calling thread. */
    @State(Scope.Thread)
    public static class Direct {
        final Sink sink = new Sink();

        /** Creates the state. */
        public Direct() {}
    }

    /**
     * RT, one sender to one actor.
     *
     * @param s the actors
     * @return the count, so the work is not dead code
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long oneToOneRt(Rt s) {
        SinkHandle sink = s.sink;
        for (int i = 0; i < BATCH; i++) {
            sink.hit();
        }
        return sink.count().toCompletableFuture().join();
    }

    /**
     * Pekko, one sender to one actor.
     *
     * @param s the actors
     * @return the count
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long oneToOnePekko(Pk s) {
        ActorRef<PekkoActors.Sink.Msg> sink = s.sink;
        for (int i = 0; i < BATCH; i++) {
            sink.tell(PekkoActors.Sink.Hit.INSTANCE);
        }
        return Pekko.<PekkoActors.Sink.Msg, Long>ask(sink, PekkoActors.Sink.Count::new, s.system);
    }

    /**
     * Virtual threads, one sender to one actor.
     *
     * @param s the actors
     * @return the count
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long oneToOneVt(Vt s) {
        VtSink sink = s.sink;
        for (int i = 0; i < BATCH; i++) {
            sink.tell(VtSink.Msg.Hit.INSTANCE);
        }
        return sink.count();
    }

    /**
     * Baseline: the same messages through the same queue to a spinning consumer thread.
     *
     * @param s the queue and its consumer
     * @return how many were handled
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long oneToOneRawQueue(Raw s) {
        MpscUnboundedVarHandleArrayQueue<Sink.Msg> queue = s.queue;
        for (int i = 0; i < BATCH; i++) {
            queue.offer(HIT);
        }
        s.produced += BATCH;
        s.awaitConsumed();
        return s.produced;
    }

    /**
     * Baseline: one call of the generated descriptor's {@code dispatch}, on the benchmark thread
     * (per call, not per batch: a loop of calls would be folded by the JIT into one addition).
     *
     * @param s the behavior instance
     * @return its count
     * @throws Exception never
     */
    @Benchmark
    public long oneToOneRawDispatch(Direct s) throws Exception {
        Sink sink = s.sink;
        SinkDescriptor.INSTANCE.dispatch(sink, HIT, null, null);
        return sink.hits();
    }

    /**
     * RT, N sender actors to one actor.
     *
     * @param s the actors
     */
    @Benchmark
    @OperationsPerInvocation(TOTAL)
    public void nToOneRt(Rt s) {
        s.done.arm(1);
        for (BlasterHandle sender : s.nToOne) {
            sender.go(TOTAL / SENDERS);
        }
        s.done.await();
    }

    /**
     * Pekko, N sender actors to one actor.
     *
     * @param s the actors
     */
    @Benchmark
    @OperationsPerInvocation(TOTAL)
    public void nToOnePekko(Pk s) {
        s.done.arm(1);
        for (ActorRef<PekkoActors.Blaster.Msg> sender : s.nToOne) {
            sender.tell(new PekkoActors.Blaster.Go(TOTAL / SENDERS));
        }
        s.done.await();
    }

    /**
     * Virtual threads, N sender actors to one actor.
     *
     * @param s the actors
     */
    @Benchmark
    @OperationsPerInvocation(TOTAL)
    public void nToOneVt(Vt s) {
        s.done.arm(1);
        for (VtBlaster sender : s.nToOne) {
            sender.tell(new VtBlaster.Msg.Go(TOTAL / SENDERS));
        }
        s.done.await();
    }

    /**
     * RT, many sender-receiver pairs.
     *
     * @param s the actors
     */
    @Benchmark
    @OperationsPerInvocation(TOTAL)
    public void pairsRt(Rt s) {
        s.done.arm(PAIRS);
        for (BlasterHandle sender : s.pairs) {
            sender.go(TOTAL / PAIRS);
        }
        s.done.await();
    }

    /**
     * Pekko, many sender-receiver pairs.
     *
     * @param s the actors
     */
    @Benchmark
    @OperationsPerInvocation(TOTAL)
    public void pairsPekko(Pk s) {
        s.done.arm(PAIRS);
        for (ActorRef<PekkoActors.Blaster.Msg> sender : s.pairs) {
            sender.tell(new PekkoActors.Blaster.Go(TOTAL / PAIRS));
        }
        s.done.await();
    }

    /**
     * Virtual threads, many sender-receiver pairs.
     *
     * @param s the actors
     */
    @Benchmark
    @OperationsPerInvocation(TOTAL)
    public void pairsVt(Vt s) {
        s.done.arm(PAIRS);
        for (VtBlaster sender : s.pairs) {
            sender.tell(new VtBlaster.Msg.Go(TOTAL / PAIRS));
        }
        s.done.await();
    }
}
