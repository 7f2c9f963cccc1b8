package dev.rt.bench;

import dev.rt.ActorSystem;
import dev.rt.bench.pekko.Pekko;
import dev.rt.bench.pekko.PekkoActors;
import dev.rt.bench.vt.VtActor;
import dev.rt.bench.vt.VtPinger;
import dev.rt.bench.vt.VtPonger;
import dev.rt.bench.vt.VtSink;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
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
 * Request-reply, in RT, in Pekko and with plain virtual-thread actors ({@link dev.rt.bench.vt}).
 *
 * <ul>
 *   <li>{@code pingPong}: 4 pairs of actors, each exchanging 10,000 ping-pong round trips at
 *       the same time (round trips per second; each round trip is two tells).
 *   <li>{@code ask}: one round trip from the benchmark thread to an actor and back, through the
 *       generated handle ({@code sink.count()}) and through Pekko's {@link AskPattern} (time per
 *       round trip).
 * </ul>
 */
public class RequestReplyBenchmark {

    static final int PAIRS = 4;
    static final int EXCHANGES = 10_000;

    /** Creates the benchmark; JMH instantiates it. */
    public RequestReplyBenchmark() {}

    /** RT's actors. */
    @State(Scope.Benchmark)
    public static class Rt {
        ActorSystem system;
        PingerHandle[] pingers;
        SinkHandle sink;
        final Done done = new Done();

        /** Creates the state. */
        public Rt() {}

        /** Starts the system and the actors. */
        @Setup(Level.Trial)
        public void setUp() {
            system = ActorSystem.create("request-reply");
            pingers = new PingerHandle[PAIRS];
            for (int i = 0; i < PAIRS; i++) {
                PongerHandle ponger = PongerHandle.spawn(system, "ponger-" + i, Ponger::new);
                pingers[i] = PingerHandle.spawn(system, "pinger-" + i,
                        () -> new Pinger(ponger, done));
            }
            sink = SinkHandle.spawn(system, "sink", Sink::new);
        }

        /** Closes the system. */
        @TearDown(Level.Trial)
        public void tearDown() {
            system.close();
        }
    }

    /** Pekko's actors. */
    @State(Scope.Benchmark)
    public static class Pk {
        org.apache.pekko.actor.typed.ActorSystem<SpawnProtocol.Command> system;
        ActorRef<PekkoActors.Pinger.Msg>[] pingers;
        ActorRef<PekkoActors.Sink.Msg> sink;
        final Done done = new Done();

        /** Creates the state. */
        public Pk() {}

        /** Starts the system and the actors. */
        @Setup(Level.Trial)
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void setUp() {
            system = Pekko.start("request-reply");
            pingers = new ActorRef[PAIRS];
            for (int i = 0; i < PAIRS; i++) {
                ActorRef<PekkoActors.Ponger.Msg> ponger =
                        Pekko.spawn(system, PekkoActors.Ponger.create(), "ponger-" + i);
                pingers[i] = Pekko.spawn(system, PekkoActors.Pinger.create(ponger, done),
                        "pinger-" + i);
            }
            sink = Pekko.spawn(system, PekkoActors.Sink.create(), "sink");
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
        VtPinger[] pingers;
        VtSink sink;
        final Done done = new Done();

        /** Creates the state. */
        public Vt() {}

        /** Starts the executor and the actors. */
        @Setup(Level.Trial)
        public void setUp() {
            executor = Executors.newVirtualThreadPerTaskExecutor();
            pingers = new VtPinger[PAIRS];
            for (int i = 0; i < PAIRS; i++) {
                VtPonger ponger = VtActor.start(executor, new VtPonger());
                pingers[i] = VtActor.start(executor, new VtPinger(ponger, done));
            }
            sink = VtActor.start(executor, new VtSink());
        }

        /** Stops every actor (interrupts their threads) and waits until all have ended. */
        @TearDown(Level.Trial)
        public void tearDown() {
            executor.shutdownNow();
            executor.close();
        }
    }

    /**
     * RT: ping-pong pairs.
     *
     * @param s the actors
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(PAIRS * EXCHANGES)
    public void pingPongRt(Rt s) {
        s.done.arm(PAIRS);
        for (PingerHandle pinger : s.pingers) {
            pinger.start(EXCHANGES);
        }
        s.done.await();
    }

    /**
     * Pekko: ping-pong pairs.
     *
     * @param s the actors
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(PAIRS * EXCHANGES)
    public void pingPongPekko(Pk s) {
        s.done.arm(PAIRS);
        for (ActorRef<PekkoActors.Pinger.Msg> pinger : s.pingers) {
            pinger.tell(new PekkoActors.Pinger.Start(EXCHANGES));
        }
        s.done.await();
    }

    /**
     * Virtual threads: ping-pong pairs.
     *
     * @param s the actors
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(PAIRS * EXCHANGES)
    public void pingPongVt(Vt s) {
        s.done.arm(PAIRS);
        for (VtPinger pinger : s.pingers) {
            pinger.tell(new VtPinger.Msg.Start(EXCHANGES));
        }
        s.done.await();
    }

    /**
     * RT: one ask through the generated handle.
     *
     * @param s the actors
     * @return the reply
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long askRt(Rt s) {
        return s.sink.count().toCompletableFuture().join();
    }

    /**
     * Pekko: one ask through {@link AskPattern}.
     *
     * @param s the actors
     * @return the reply
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long askPekko(Pk s) {
        return AskPattern.<PekkoActors.Sink.Msg, Long>ask(s.sink, PekkoActors.Sink.Count::new,
                Pekko.TIMEOUT, s.system.scheduler()).toCompletableFuture().join();
    }

    /**
     * Virtual threads: one ask, a {@code Count} record carrying the {@code CompletableFuture}
     * that the sink completes ({@link VtSink#count}).
     *
     * @param s the actors
     * @return the reply
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long askVt(Vt s) {
        return s.sink.count();
    }
}
