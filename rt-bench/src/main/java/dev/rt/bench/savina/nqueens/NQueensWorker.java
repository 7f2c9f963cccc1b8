package dev.rt.bench.savina.nqueens;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/**
 * Savina N-Queens: a worker, which extends a partial board by one queen in every valid way and
 * sends each result back to the master, or, from the threshold depth on, searches the rest of
 * the board itself and reports each solution.
 */
@ActorBehavior
public final class NQueensWorker implements Actor<NQueensWorker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A partial board to search.
         *
         * @param board the columns of the queens placed
         * @param depth queens placed
         */
        record Work(int[] board, int depth) implements Msg {}

        /** Stops the worker. */
        record Exit() implements Msg {}
    }

    private final NQueensMasterHandle master;
    private final int size;
    private final int threshold;
    private final Done done;

    /**
     * Creates a worker.
     *
     * @param master the master
     * @param size the board's size
     * @param threshold depth from which it searches sequentially
     * @param done counted down when it stops
     */
    public NQueensWorker(NQueensMasterHandle master, int size, int threshold, Done done) {
        this.master = master;
        this.size = size;
        this.threshold = threshold;
        this.done = done;
    }

    void on(Msg.Work m) {
        int[] a = m.board();
        int depth = m.depth();
        if (depth == size) {
            master.solution();
        } else if (depth >= threshold) {
            NQueens.solveSequentially(size, a, depth, master::solution);
        } else {
            for (int i = 0; i < size; i++) {
                int[] b = new int[depth + 1];
                System.arraycopy(a, 0, b, 0, depth);
                b[depth] = i;
                if (NQueens.boardValid(depth + 1, b)) {
                    master.work(b, depth + 1);
                }
            }
        }
        master.boardDone();
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        master.stopped();
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
