package dev.rt.bench.savina.astar;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/**
 * Savina A-Star Search: a worker, which searches from a node up to the threshold and sends the
 * nodes left to search back to the master, or tells it that the target is reached.
 */
@ActorBehavior
public final class AStarWorker implements Actor<AStarWorker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A node to search from.
         *
         * @param node its id
         */
        record Work(int node) implements Msg {}

        /** Stops the worker. */
        record Exit() implements Msg {}
    }

    private final AStarMasterHandle master;
    private final int threshold;
    private final Grid grid;
    private final Done done;

    /**
     * Creates a worker.
     *
     * @param master the master
     * @param threshold nodes it processes per search at most
     * @param grid the graph
     * @param done counted down when it stops
     */
    public AStarWorker(AStarMasterHandle master, int threshold, Grid grid, Done done) {
        this.master = master;
        this.threshold = threshold;
        this.grid = grid;
        this.done = done;
    }

    void on(Msg.Work m) {
        int[] rest = grid.search(m.node(), threshold);
        if (rest == null) {
            master.found();
        } else {
            for (int node : rest) {
                master.work(node);
            }
        }
        master.received();
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
