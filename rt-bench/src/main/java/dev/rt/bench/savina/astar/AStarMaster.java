package dev.rt.bench.savina.astar;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/**
 * Savina A-Star Search: the master, which spawns the workers, deals out the nodes to search from
 * round-robin, and stops the workers once one of them reached the target or every search is
 * done.
 */
@ActorBehavior
public final class AStarMaster implements Actor<AStarMaster.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A node to search from.
         *
         * @param node its id
         */
        record Work(int node) implements Msg {}

        /** A worker finished a search. */
        record Received() implements Msg {}

        /** A worker reached the target. */
        record Found() implements Msg {}

        /** A worker stopped. */
        record Stopped() implements Msg {}
    }

    private final int numWorkers;
    private final int threshold;
    private final Grid grid;
    private final Done done;
    private final AStarWorkerHandle[] workers;
    private int sent;
    private int completed;
    private int stopped;
    private boolean stopping;

    /**
     * Creates the master.
     *
     * @param numWorkers workers to spawn
     * @param threshold nodes a worker processes per search at most
     * @param grid the graph, its parents reset
     * @param done counted down by it and by each worker when they stop
     */
    public AStarMaster(int numWorkers, int threshold, Grid grid, Done done) {
        this.numWorkers = numWorkers;
        this.threshold = threshold;
        this.grid = grid;
        this.done = done;
        this.workers = new AStarWorkerHandle[numWorkers];
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        AStarMasterHandle self = AStarMasterHandle.of(context.self());
        for (int i = 0; i < numWorkers; i++) {
            workers[i] = AStarWorkerHandle.spawn(context, "worker-" + i,
                    () -> new AStarWorker(self, threshold, grid, done));
        }
        send(grid.origin());
    }

    private void send(int node) {
        workers[sent % numWorkers].work(node);
        sent++;
    }

    void on(Msg.Work m) {
        if (!stopping) {
            send(m.node());
        }
    }

    void on(Msg.Received m) {
        completed++;
        if (completed == sent) {
            stopWorkers();
        }
    }

    void on(Msg.Found m) {
        stopWorkers();
    }

    void on(Msg.Stopped m, ActorContext<Msg> context) {
        if (++stopped == numWorkers) {
            context.stop();
        }
    }

    private void stopWorkers() {
        if (stopping) {
            return;
        }
        stopping = true;
        for (AStarWorkerHandle worker : workers) {
            worker.exit();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
