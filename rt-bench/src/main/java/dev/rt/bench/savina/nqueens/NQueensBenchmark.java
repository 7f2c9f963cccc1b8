package dev.rt.bench.savina.nqueens;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Savina N-Queens, first K solutions ({@code nqueenk}), RT against Pekko: a master deals partial
 * boards round-robin to workers; a worker extends a board by one queen in every valid way and
 * sends the boards back to the master, or from the threshold depth on searches the rest itself,
 * reporting each solution to the master. Savina's defaults ({@code NQueensConfig}): N = 12,
 * threshold 4, 20 workers, solutions limit 1,500,000 (more than N = 12 has, so every solution
 * is found).
 *
 * <p>Savina gives the boards priorities by depth in its priority-mailbox variants; this is its
 * plain variant: both runtimes use their default first-in-first-out mailboxes. Unlike Savina,
 * the master stops dealing boards, and sends the stop only once, after it has decided to stop
 * the workers.
 *
 * <p>Checked: the number of solutions (14,200 for N = 12), or, when the limit is lower than
 * that, a count between the limit and all solutions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NQueensBenchmark {

    /** The board's size N. */
    @Param({"12"})
    public int nqueensN;
    /** The depth from which a worker searches sequentially. */
    @Param({"4"})
    public int nqueensThreshold;
    /** Workers. */
    @Param({"20"})
    public int nqueensWorkers;
    /** Solutions after which the search stops. */
    @Param({"1500000"})
    public long nqueensSolutionsLimit;

    /** Creates the benchmark; JMH instantiates it. */
    public NQueensBenchmark() {}

    /**
     * RT: N-Queens.
     *
     * @param s the system
     */
    @Benchmark
    public void nqueensRt(RtState s) {
        CompletableFuture<Long> solutions = new CompletableFuture<>();
        s.run(nqueensWorkers + 1, ctx -> NQueensMasterHandle.spawn(ctx, s.name("nqueens"),
                () -> new NQueensMaster(nqueensWorkers, nqueensN, nqueensThreshold,
                        nqueensSolutionsLimit, solutions, s.done)));
        NQueens.check("RT", nqueensN, nqueensSolutionsLimit, solutions.getNow(-1L));
    }

    /**
     * Pekko: N-Queens.
     *
     * @param s the system
     */
    @Benchmark
    public void nqueensPekko(PekkoState s) {
        CompletableFuture<Long> solutions = new CompletableFuture<>();
        s.run(nqueensWorkers + 1, ctx -> ctx.spawn(PekkoNQueens.Master.create(nqueensWorkers,
                nqueensN, nqueensThreshold, nqueensSolutionsLimit, solutions, s.done),
                s.name("nqueens")));
        NQueens.check("Pekko", nqueensN, nqueensSolutionsLimit, solutions.getNow(-1L));
    }
}
