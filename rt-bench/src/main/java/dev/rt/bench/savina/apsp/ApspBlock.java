package dev.rt.bench.savina.apsp;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.Arrays;
import java.util.List;

/**
 * Savina All-Pairs Shortest Path: the actor of one block of the distance matrix, which runs the
 * {@code n} phases of Floyd-Warshall on its block, sending its values after each phase to the
 * blocks of its block row and block column, and computing the next phase once it has theirs.
 * It computes no phase before its {@link Msg.Start}: its neighbours' initial values can all
 * arrive before it, and its neighbours need its own initial values first.
 */
@ActorBehavior
public final class ApspBlock implements Actor<ApspBlock.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * The blocks of its block row and block column.
         *
         * @param neighbors the blocks
         */
        record Neighbors(List<ApspBlockHandle> neighbors) implements Msg {}

        /** Starts: sends its initial values. */
        record Start() implements Msg {}

        /**
         * A neighbour's values after a phase.
         *
         * @param k the phase; -1 for the initial values
         * @param blockId the neighbour
         * @param values its values, not changed
         */
        record Phase(int k, int blockId, long[] values) implements Msg {}
    }

    private final int id;
    private final int n;
    private final int b;
    private final int numNeighbors;
    private final long[][] result;
    private final Done done;
    private List<ApspBlockHandle> neighbors;
    private long[] values;
    private int k = -1;
    // whether it has sent its initial values; it computes no phase before
    private boolean started;
    // a neighbour is at most one phase ahead: it needs this block's values for its next phase
    private long[][] current;
    private long[][] next;
    private int currentCount;
    private int nextCount;

    /**
     * Creates a block.
     *
     * @param id the block's id
     * @param b the side of a block
     * @param graph the graph's edge weights, {@code n × n}, not changed
     * @param result where it writes its final values
     * @param done counted down when it stops
     */
    public ApspBlock(int id, int b, long[][] graph, long[][] result, Done done) {
        this.id = id;
        this.n = graph.length;
        this.b = b;
        this.numNeighbors = 2 * (n / b - 1);
        this.result = result;
        this.done = done;
        this.values = FloydWarshall.block(graph, id, b);
        int blocks = (n / b) * (n / b);
        this.current = new long[blocks][];
        this.next = new long[blocks][];
    }

    void on(Msg.Neighbors m) {
        neighbors = m.neighbors();
    }

    void on(Msg.Start m, ActorContext<Msg> context) {
        sendValues();
        started = true;
        advance(context);
    }

    void on(Msg.Phase m, ActorContext<Msg> context) {
        if (neighbors == null) {
            throw new IllegalStateException("block " + id + " has no neighbours yet");
        }
        if (m.k() == k) {
            current[m.blockId()] = m.values();
            currentCount++;
        } else if (m.k() == k + 1) {
            next[m.blockId()] = m.values();
            nextCount++;
        } else {
            throw new IllegalStateException("block " + id + " in phase " + k
                    + " got the values of phase " + m.k() + " from block " + m.blockId());
        }
        advance(context);
    }

    /** Computes every phase whose neighbours' values it has, once it has started. */
    private void advance(ActorContext<Msg> context) {
        while (started && currentCount == numNeighbors) {
            current[id] = values;
            values = FloydWarshall.phase(id, k + 1, n, b, current);
            k++;
            long[][] spent = current;
            current = next;
            currentCount = nextCount;
            next = spent;
            Arrays.fill(next, null);
            nextCount = 0;
            if (k == n - 1) {
                FloydWarshall.store(result, id, b, values);
                context.stop();
                return;
            }
            sendValues();
        }
    }

    private void sendValues() {
        for (ApspBlockHandle neighbor : neighbors) {
            neighbor.phase(k, id, values);
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
