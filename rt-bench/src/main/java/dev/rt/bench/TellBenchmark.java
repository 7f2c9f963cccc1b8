package dev.rt.bench;

import dev.rt.ActorSystem;
import java.util.concurrent.TimeUnit;
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
 * One sender, one actor: a batch of tells, then one ask that waits for the batch to be handled.
 * The first benchmark; the side-by-side suite against Pekko grows from here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TellBenchmark {

    private static final int BATCH = 10_000;
    private static final Sink.Msg.Hit HIT = new Sink.Msg.Hit();

    private ActorSystem system;
    private SinkHandle sink;

    /** Starts the system and the sink. */
    @Setup(Level.Trial)
    public void setUp() {
        system = ActorSystem.create("bench");
        sink = SinkHandle.spawn(system, "sink", Sink::new);
    }

    /** Stops the system. */
    @TearDown(Level.Trial)
    public void tearDown() {
        system.close();
    }

    /**
     * Sends a batch and waits until it is handled.
     *
     * @return the sink's count, so the work is not dead code
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long tellBatch() {
        for (int i = 0; i < BATCH; i++) {
            sink.ref().tell(HIT);
        }
        return sink.count().toCompletableFuture().join();
    }
}
