package dev.rt.bench.remote;

import dev.rt.ActorSystem;
import dev.rt.cluster.ClusterConfig;
import dev.rt.cluster.ClusterNode;
import dev.rt.cluster.Member;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Remote tell throughput and ask latency between two JVMs on loopback: RT's cluster against
 * Pekko Artery (TCP, Jackson CBOR), in the same run. The remote end is a sink in a second JVM
 * ({@link RemoteHost}). Tells go in windows of {@value #WINDOW}, each closed by a request that
 * returns when the window has arrived, because Artery drops what overflows its outbound queue
 * (3,072 messages) without a word; RT's outbox is unbounded and loses nothing. Asks are one round
 * trip each, sampled, so that JMH reports their percentiles (p50, p99).
 */
@Fork(value = 1, jvmArgsAppend = {"-Djava.net.preferIPv4Stack=true", "-Xms1g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RemoteBenchmark {

    static final int WINDOW = 1_000;
    static final int WINDOWS = 10;

    /** Creates the benchmark; JMH instantiates it. */
    public RemoteBenchmark() {}

    /** RT: a cluster node here, the sink's in the host JVM. */
    @State(Scope.Benchmark)
    public static class Rt {
        RemoteHost.Process host;
        ActorSystem system;
        ClusterNode node;
        WireSinkHandle sink;

        /** Creates the state. */
        public Rt() {}

        /**
         * Starts the host and joins it.
         *
         * @throws Exception if either cannot start
         */
        @Setup(Level.Trial)
        public void setUp() throws Exception {
            int here = RemoteHost.freePort();
            int there = RemoteHost.freePort();
            String members = "127.0.0.1:" + there + ",127.0.0.1:" + here;
            host = new RemoteHost.Process("rt", Integer.toString(there), members);
            system = ActorSystem.create("bench");
            node = ClusterNode.join(system, ClusterConfig.builder("bench").nodeName("bench")
                    .bindPort(here).initialMembers(members.split(","))
                    .codecs(WireMsgCodec.INSTANCE).build());
            Member remote = node.members().stream().filter(m -> m.name().equals("host"))
                    .findFirst().orElseThrow();
            sink = WireSinkHandle.of(node.lookup(remote, "sink", WireMsgCodec.INSTANCE)
                    .toCompletableFuture().get(30, TimeUnit.SECONDS));
        }

        /**
         * Leaves and ends the host.
         *
         * @throws InterruptedException if interrupted while the host ends
         */
        @TearDown(Level.Trial)
        public void tearDown() throws InterruptedException {
            node.close();
            system.close();
            host.close();
        }
    }

    /** Pekko: an Artery system here, the sink's in the host JVM. */
    @State(Scope.Benchmark)
    public static class Pk {
        RemoteHost.Process host;
        org.apache.pekko.actor.typed.ActorSystem<Void> system;
        ActorRef<PekkoRemote.Msg> sink;

        /** Creates the state. */
        public Pk() {}

        /**
         * Starts the host and resolves its sink.
         *
         * @throws Exception if either cannot start
         */
        @Setup(Level.Trial)
        public void setUp() throws Exception {
            host = new RemoteHost.Process("pekko", Integer.toString(RemoteHost.freePort()));
            system = org.apache.pekko.actor.typed.ActorSystem.create(Behaviors.empty(), "bench",
                    PekkoRemote.config(0));
            sink = ActorRefResolver.get(system).resolveActorRef(host.info);
        }

        /**
         * Terminates the system and ends the host.
         *
         * @throws Exception if interrupted while they end
         */
        @TearDown(Level.Trial)
        public void tearDown() throws Exception {
            system.terminate();
            system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
            host.close();
        }
    }

    /**
     * RT: remote tells.
     *
     * @param s the state
     * @return the sink's count, so that nothing is optimized away
     * @throws Exception if a window is not confirmed
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(WINDOW * WINDOWS)
    public long tellRt(Rt s) throws Exception {
        long count = 0;
        for (int w = 0; w < WINDOWS; w++) {
            for (int i = 0; i < WINDOW; i++) {
                s.sink.item(i);
            }
            count = s.sink.flush().toCompletableFuture().get(60, TimeUnit.SECONDS);
        }
        return count;
    }

    /**
     * Pekko Artery: remote tells.
     *
     * @param s the state
     * @return the sink's count
     * @throws Exception if a window is not confirmed
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(WINDOW * WINDOWS)
    public long tellPekko(Pk s) throws Exception {
        long count = 0;
        for (int w = 0; w < WINDOWS; w++) {
            for (int i = 0; i < WINDOW; i++) {
                s.sink.tell(new PekkoRemote.Item(i));
            }
            count = AskPattern.<PekkoRemote.Msg, Long>ask(s.sink, PekkoRemote.Flush::new,
                    Duration.ofSeconds(60), s.system.scheduler()).toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
        }
        return count;
    }

    /**
     * RT: one remote ask.
     *
     * @param s the state
     * @return the reply
     * @throws Exception if it fails
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long askRt(Rt s) throws Exception {
        return s.sink.echo(7).toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    /**
     * Pekko Artery: one remote ask.
     *
     * @param s the state
     * @return the reply
     * @throws Exception if it fails
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long askPekko(Pk s) throws Exception {
        return AskPattern.<PekkoRemote.Msg, Long>ask(s.sink, r -> new PekkoRemote.Echo(7, r),
                Duration.ofSeconds(60), s.system.scheduler()).toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
    }
}
