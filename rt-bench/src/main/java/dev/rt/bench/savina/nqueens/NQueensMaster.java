package dev.rt.bench.savina.nqueens;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.concurrent.CompletableFuture;

/**
 * Savina N-Queens: the master, which spawns the workers, deals out the partial boards they send
 * back round-robin, counts the solutions, and stops the workers once every board is searched or
 * the solutions limit is reached.
 */
@ActorBehavior
public final class NQueensMaster implements Actor<NQueensMaster.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A partial board to deal out.
         *
         * @param board the columns of the queens placed
         * @param depth queens placed
         */
        record Work(int[] board, int depth) implements Msg {}

        /** A solution found. */
        record Solution() implements Msg {}

        /** A worker finished a board. */
        record BoardDone() implements Msg {}

        /** A worker stopped. */
        record Stopped() implements Msg {}
    }

    private final int numWorkers;
    private final int size;
    private final int threshold;
    private final long solutionsLimit;
    private final CompletableFuture<Long> solutions;
    private final Done done;
    private final NQueensWorkerHandle[] workers;
    private long found;
    private int next;
    private int sent;
    private int completed;
    private int stopped;
    private boolean stopping;

    /**
     * Creates the master.
     *
     * @param numWorkers workers to spawn
     * @param size the board's size
     * @param threshold depth from which a worker searches sequentially
     * @param solutionsLimit solutions after which the search stops
     * @param solutions completed with the number of solutions found
     * @param done counted down by it and by each worker when they stop
     */
    public NQueensMaster(int numWorkers, int size, int threshold, long solutionsLimit,
            CompletableFuture<Long> solutions, Done done) {
        this.numWorkers = numWorkers;
        this.size = size;
        this.threshold = threshold;
        this.solutionsLimit = solutionsLimit;
        this.solutions = solutions;
        this.done = done;
        this.workers = new NQueensWorkerHandle[numWorkers];
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        NQueensMasterHandle self = NQueensMasterHandle.of(context.self());
        for (int i = 0; i < numWorkers; i++) {
            workers[i] = NQueensWorkerHandle.spawn(context, "worker-" + i,
                    () -> new NQueensWorker(self, size, threshold, done));
        }
        send(new int[0], 0);
    }

    private void send(int[] board, int depth) {
        workers[next].work(board, depth);
        next = (next + 1) % numWorkers;
        sent++;
    }

    void on(Msg.Work m) {
        if (!stopping) {
            send(m.board(), m.depth());
        }
    }

    void on(Msg.Solution m) {
        found++;
        if (found == solutionsLimit) {
            stopWorkers();
        }
    }

    void on(Msg.BoardDone m) {
        completed++;
        if (completed == sent) {
            stopWorkers();
        }
    }

    void on(Msg.Stopped m, ActorContext<Msg> context) {
        if (++stopped == numWorkers) {
            solutions.complete(found);
            context.stop();
        }
    }

    private void stopWorkers() {
        if (stopping) {
            return;
        }
        stopping = true;
        for (NQueensWorkerHandle worker : workers) {
            worker.exit();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
