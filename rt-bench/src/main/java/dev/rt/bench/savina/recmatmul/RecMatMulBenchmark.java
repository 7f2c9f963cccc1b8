package dev.rt.bench.savina.recmatmul;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
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
 * Savina Recursive Matrix Multiplication ({@code recmatmul}), RT against Pekko: the product of
 * two {@code n × n} matrices, which a master deals to workers as pieces; a worker splits a piece
 * of more entries than the threshold into eight and sends them back to the master, or computes
 * it into the shared product. Savina's defaults ({@code MatMulConfig}): 20 workers, n = 1,024,
 * threshold 16,384 entries (pieces of 128 × 128).
 *
 * <p>This is Savina's plain variant: first-in-first-out mailboxes, no priorities. The factors
 * are made once per trial; the product is a fresh zero matrix for each run.
 *
 * <p>Checked: every entry of the product, {@code C[i][j] = n * i * j}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecMatMulBenchmark {

    /** Workers. */
    @Param({"20"})
    public int recMatMulWorkers;
    /** The side of the matrices. */
    @Param({"1024"})
    public int recMatMulN;
    /** Entries of a piece from which a worker splits it rather than computing it. */
    @Param({"16384"})
    public int recMatMulThreshold;

    private Matrices matrices;

    /** Creates the benchmark; JMH instantiates it. */
    public RecMatMulBenchmark() {}

    /** Makes the factors. */
    @Setup(Level.Trial)
    public void setUp() {
        matrices = new Matrices(recMatMulN);
    }

    /**
     * RT: Recursive Matrix Multiplication.
     *
     * @param s the system
     */
    @Benchmark
    public void recMatMulRt(RtState s) {
        matrices.clearProduct();
        s.run(recMatMulWorkers + 1, ctx -> MatMulMasterHandle.spawn(ctx, s.name("matmul"),
                () -> new MatMulMaster(recMatMulWorkers, recMatMulThreshold, matrices, s.done)));
        matrices.check("RT");
    }

    /**
     * Pekko: Recursive Matrix Multiplication.
     *
     * @param s the system
     */
    @Benchmark
    public void recMatMulPekko(PekkoState s) {
        matrices.clearProduct();
        s.run(recMatMulWorkers + 1, ctx -> ctx.spawn(PekkoRecMatMul.Master.create(
                recMatMulWorkers, recMatMulThreshold, matrices, s.done), s.name("matmul")));
        matrices.check("Pekko");
    }
}
