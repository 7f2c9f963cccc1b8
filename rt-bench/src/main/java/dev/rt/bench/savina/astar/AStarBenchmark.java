package dev.rt.bench.savina.astar;

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
 * Savina A-Star Search, its guided search ({@code astar}), RT against Pekko: a master deals nodes
 * round-robin to workers; a worker searches breadth-first from its node through a shared graph
 * ({@link Grid}), claiming each node's parent with a compare-and-set, busy-waiting per node as
 * Savina does, and after the threshold sends the nodes left to search back to the master. The run
 * ends when a worker reaches the target. Savina's defaults ({@code GuidedSearchConfig}): 20
 * workers, threshold 1,024 nodes, grid size 30 (27,000 nodes).
 *
 * <p>This is Savina's plain variant: first-in-first-out mailboxes, no priorities. Unlike Savina,
 * the master stops dealing nodes, and sends the stop only once, after it has decided to stop the
 * workers. The grid's parents are reset before each run.
 *
 * <p>Checked: the target's parents lead back to the origin.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AStarBenchmark {

    /** Workers. */
    @Param({"20"})
    public int astarWorkers;
    /** Nodes a worker processes per search at most. */
    @Param({"1024"})
    public int astarThreshold;
    /** The side of the grid. */
    @Param({"30"})
    public int astarGridSize;

    private Grid grid;

    /** Creates the benchmark; JMH instantiates it. */
    public AStarBenchmark() {}

    /** Builds the graph. */
    @Setup(Level.Trial)
    public void setUp() {
        grid = new Grid(astarGridSize);
    }

    /**
     * RT: A-Star Search.
     *
     * @param s the system
     */
    @Benchmark
    public void astarRt(RtState s) {
        grid.reset();
        s.run(astarWorkers + 1, ctx -> AStarMasterHandle.spawn(ctx, s.name("astar"),
                () -> new AStarMaster(astarWorkers, astarThreshold, grid, s.done)));
        grid.checkPath("RT");
    }

    /**
     * Pekko: A-Star Search.
     *
     * @param s the system
     */
    @Benchmark
    public void astarPekko(PekkoState s) {
        grid.reset();
        s.run(astarWorkers + 1, ctx -> ctx.spawn(PekkoAStar.Master.create(astarWorkers,
                astarThreshold, grid, s.done), s.name("astar")));
        grid.checkPath("Pekko");
    }
}
