package dev.rt.bench.savina.sor;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Savina Successive Over-Relaxation ({@code sor}), RT against Pekko: one actor per cell of a
 * {@code size × size} grid, red-black over-relaxation with {@code ω = 1.25}, each cell updating
 * when it has a value from every neighbour. A runner spawns the left half and a peer, the peer
 * spawns the right half; the cells report their final values to them, and the run ends with the
 * sum. Savina's defaults ({@code SucOverRelaxConfig}): size 20 (its data size index 0),
 * 100 iterations.
 *
 * <p>Checked: the sum must equal, up to rounding, that of a sequential run of the same schedule
 * ({@link Sor#sequential}); the cells add their neighbours' values in arrival order, so the last
 * bits differ from run to run. Savina's own reference value is not used: it belongs to the
 * sequential JGF kernel, whose schedule differs. Unlike Savina, a cell of colour 0 does not send
 * the values of its last update, which would only reach finished cells as dead letters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SorBenchmark {

    /** The side of the grid (Savina: {@code DATA_SIZES[0]} = 20). */
    @Param({"20"})
    public int sorSize;
    /** Updates per cell of colour 0 (Savina's {@code JACOBI_NUM_ITER}). */
    @Param({"100"})
    public int sorIterations;

    private double[][] input;
    private double expected;

    /** Creates the benchmark; JMH instantiates it. */
    public SorBenchmark() {}

    /** Makes the input and the sequential result. */
    @Setup(Level.Trial)
    public void setUp() {
        input = Sor.matrix(sorSize);
        expected = Sor.sequential(input, sorIterations);
    }

    /** {@return the actors of one run: runner, peer and cells} */
    private int actors() {
        return sorSize * sorSize + 2;
    }

    /**
     * RT: Successive Over-Relaxation.
     *
     * @param s the system
     */
    @Benchmark
    public void sorRt(RtState s) {
        CompletableFuture<Double> total = new CompletableFuture<>();
        s.run(actors(), ctx -> SorRunnerHandle.spawn(ctx, s.name("sor"),
                () -> new SorRunner(sorSize, sorIterations, input, total, s.done)).boot());
        Sor.check("RT", total.getNow(Double.NaN), expected);
    }

    /**
     * Pekko: Successive Over-Relaxation.
     *
     * @param s the system
     */
    @Benchmark
    public void sorPekko(PekkoState s) {
        CompletableFuture<Double> total = new CompletableFuture<>();
        s.run(actors(), ctx -> ctx.spawn(PekkoSor.Runner.create(sorSize, sorIterations, input,
                total, s.done), s.name("sor")).tell(PekkoSor.Runner.Boot.INSTANCE));
        Sor.check("Pekko", total.getNow(Double.NaN), expected);
    }
}
