package dev.rt.bench.savina.apsp;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
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
 * Savina All-Pairs Shortest Path ({@code apsp}), RT against Pekko: Floyd-Warshall over blocks,
 * one actor per block of the distance matrix; after each of the {@code n} phases a block sends
 * its values to every block of its block row and block column (Savina's simple version, which
 * sends them to all, needed or not), and computes the next phase once it has all of theirs.
 * Savina's defaults ({@code ApspConfig}): N = 300 nodes, blocks of 50 (36 actors), edge weights
 * up to 100.
 *
 * <p>Unlike Savina, a block keeps a neighbour's values that arrive one phase early apart (Savina
 * stores them by sender only, so such values can overwrite the ones of the phase it is still
 * collecting), it computes no phase before its start message, and it does not send its values
 * after the last phase, when no block needs them. Savina's block computes phase 0 as soon as it
 * has its neighbours' initial values, which can all come before its own start message (the
 * driver's start and a neighbour's values have different senders, so nothing orders them); it
 * then sends its phase-0 values twice, after phase 0 and on its start, and never its initial
 * ones, which its neighbours wait for: no block finishes.
 * The graph is made once per trial, as Savina makes the same graph for every iteration.
 *
 * <p>Checked: every distance against a sequential Floyd-Warshall on the same graph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ApspBenchmark {

    /** Nodes of the graph. */
    @Param({"300"})
    public int apspN;
    /** The side of a block; it divides {@code apspN}. */
    @Param({"50"})
    public int apspBlock;
    /** The largest edge weight. */
    @Param({"100"})
    public int apspMaxWeight;

    private long[][] graph;
    private long[][] expected;

    /** Creates the benchmark; JMH instantiates it. */
    public ApspBenchmark() {}

    /** Makes the graph and its sequential distances. */
    @Setup(Level.Trial)
    public void setUp() {
        if (apspN % apspBlock != 0) {
            throw new IllegalArgumentException("apspBlock " + apspBlock + " does not divide apspN "
                    + apspN);
        }
        graph = FloydWarshall.graph(apspN, apspMaxWeight);
        expected = FloydWarshall.sequential(graph);
    }

    /**
     * RT: All-Pairs Shortest Path.
     *
     * @param s the system
     */
    @Benchmark
    public void apspRt(RtState s) {
        int perDim = apspN / apspBlock;
        long[][] result = new long[apspN][apspN];
        s.run(perDim * perDim, ctx -> {
            ApspBlockHandle[] blocks = new ApspBlockHandle[perDim * perDim];
            for (int id = 0; id < blocks.length; id++) {
                int blockId = id;
                blocks[id] = ApspBlockHandle.spawn(ctx, s.name("apsp"),
                        () -> new ApspBlock(blockId, apspBlock, graph, result, s.done));
            }
            for (int id = 0; id < blocks.length; id++) {
                List<ApspBlockHandle> neighbors = new ArrayList<>(2 * (perDim - 1));
                for (int other : neighborIds(id, perDim)) {
                    neighbors.add(blocks[other]);
                }
                blocks[id].neighbors(List.copyOf(neighbors));
            }
            for (ApspBlockHandle block : blocks) {
                block.start();
            }
        });
        FloydWarshall.check("RT", result, expected);
    }

    /**
     * Pekko: All-Pairs Shortest Path.
     *
     * @param s the system
     */
    @Benchmark
    public void apspPekko(PekkoState s) {
        int perDim = apspN / apspBlock;
        long[][] result = new long[apspN][apspN];
        s.run(perDim * perDim, ctx -> {
            List<ActorRef<PekkoApsp.Block.Msg>> blocks = new ArrayList<>(perDim * perDim);
            for (int id = 0; id < perDim * perDim; id++) {
                blocks.add(ctx.spawn(PekkoApsp.Block.create(id, apspBlock, graph, result,
                        s.done), s.name("apsp")));
            }
            for (int id = 0; id < blocks.size(); id++) {
                List<ActorRef<PekkoApsp.Block.Msg>> neighbors = new ArrayList<>(2 * (perDim - 1));
                for (int other : neighborIds(id, perDim)) {
                    neighbors.add(blocks.get(other));
                }
                blocks.get(id).tell(new PekkoApsp.Block.Neighbors(List.copyOf(neighbors)));
            }
            for (var block : blocks) {
                block.tell(PekkoApsp.Block.Start.INSTANCE);
            }
        });
        FloydWarshall.check("Pekko", result, expected);
    }

    /**
     * {@return the ids of a block's neighbours: its block column, then its block row, as Savina
     * lists them}
     *
     * @param id the block
     * @param perDim blocks per row
     */
    private static int[] neighborIds(int id, int perDim) {
        int bi = id / perDim;
        int bj = id % perDim;
        int[] ids = new int[2 * (perDim - 1)];
        int n = 0;
        for (int r = 0; r < perDim; r++) {
            if (r != bi) {
                ids[n++] = r * perDim + bj;
            }
        }
        for (int c = 0; c < perDim; c++) {
            if (c != bj) {
                ids[n++] = bi * perDim + c;
            }
        }
        return ids;
    }
}
