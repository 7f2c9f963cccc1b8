package dev.rt.bench;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.Monitor;
import dev.rt.MonitorEvent;
import dev.rt.micrometer.RtMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of monitoring on the tell path: the same batch of tells with the default {@link
 * Monitor#NONE}, with a monitor installed, with an event subscription, with Micrometer metrics
 * bound ({@code RtMetrics} on a {@code SimpleMeterRegistry}, its mailbox gauges included), and
 * with the JFR events switched on ({@code flightRecorder(true)}, no recording running). The tell
 * path reports nothing, so all should be equal within noise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MonitorCostBenchmark {

    private static final int BATCH = 10_000;

    /** Which monitoring is on. */
    @Param({"none", "monitor", "subscription", "metrics", "jfr"})
    public String monitoring;

    private final LongAdder events = new LongAdder();
    private ActorSystem system;
    private SinkHandle sink;
    private RtMetrics metrics;

    /** Starts the system with the chosen monitoring. */
    @Setup(Level.Trial)
    public void setUp() {
        Monitor monitor = monitoring.equals("monitor") ? e -> events.increment() : Monitor.NONE;
        system = ActorSystem.create("monitor-cost", ActorSystemConfig.builder().monitor(monitor)
                .flightRecorder(monitoring.equals("jfr")).build());
        if (monitoring.equals("subscription")) {
            system.events().subscribe(MonitorEvent.class, e -> events.increment());
        }
        if (monitoring.equals("metrics")) {
            metrics = RtMetrics.of(system);
            metrics.bindTo(new SimpleMeterRegistry());
        }
        sink = SinkHandle.spawn(system, "sink", Sink::new);
    }

    /** Stops the system. */
    @TearDown(Level.Trial)
    public void tearDown() {
        if (metrics != null) {
            metrics.close();
        }
        system.close();
    }

    /**
     * Sends a batch and waits until it is handled.
     *
     * @return the sink's count, so the work is not dead code
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long tells() {
        for (int i = 0; i < BATCH; i++) {
            sink.hit(); // the handle sends its one Hit: no allocation
        }
        return sink.count().toCompletableFuture().join();
    }
}
