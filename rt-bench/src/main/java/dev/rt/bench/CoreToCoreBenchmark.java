package dev.rt.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Control;

/**
 * The machine, not a runtime: how long one cache line takes to go from one core to another and
 * back. Two threads take turns flipping one {@link AtomicBoolean}, each waiting, spinning, until
 * the other has flipped it; the time of one operation of the group is one round trip of the
 * line. Every message that one carrier sends to an actor that the other carrier runs pays for such
 * transfers (the queue's producer index, the cell's status, the message itself), so this bounds
 * what the message-heavy rows can reach on the machine (docs/benchmarks.md). Each thread gives up
 * its wait when JMH ends the iteration ({@link Control#stopMeasurement}), so neither spins forever
 * once the other has stopped.
 */
@State(Scope.Group)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CoreToCoreBenchmark {

    /** Whose turn it is: false, the first thread's; true, the second's. */
    private final AtomicBoolean turn = new AtomicBoolean();

    /** Creates the benchmark; JMH instantiates it. */
    public CoreToCoreBenchmark() {}

    /**
     * The first thread: waits for its turn, then hands the line over.
     *
     * @param control JMH's, to stop waiting when the iteration ends
     */
    @Benchmark
    @Group("roundTrip")
    @GroupThreads(1)
    public void ping(Control control) {
        flip(false, control);
    }

    /**
     * The second thread: waits for its turn, then hands the line back.
     *
     * @param control JMH's, to stop waiting when the iteration ends
     */
    @Benchmark
    @Group("roundTrip")
    @GroupThreads(1)
    public void pong(Control control) {
        flip(true, control);
    }

    /** Spins until the flag reads {@code mine}, then flips it; gives up when the iteration ends. */
    private void flip(boolean mine, Control control) {
        while (!control.stopMeasurement && !turn.compareAndSet(mine, !mine)) {
            Thread.onSpinWait();
        }
    }
}
