package dev.rt.bench.savina.astar;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import java.util.ArrayList;
import java.util.List;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link AStarMaster} and {@link AStarWorker}: the same state, messages and
 * work, written as a Pekko user writes them. Each counts {@link Done} down on {@link PostStop}.
 */
public final class PekkoAStar {

    private PekkoAStar() {}

    /** Twin of {@link AStarMaster}. */
    public static final class Master extends PekkoTwin<Master.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A node to search from.
         *
         * @param node its id
         */
        public record Work(int node) implements Msg {}

        /** A worker finished a search. */
        public enum Received implements Msg { INSTANCE }

        /** A worker reached the target. */
        public enum Found implements Msg { INSTANCE }

        /** A worker stopped. */
        public enum Stopped implements Msg { INSTANCE }

        private final List<ActorRef<Worker.Msg>> workers;
        private int sent;
        private int completed;
        private int stopped;
        private boolean stopping;

        private Master(ActorContext<Msg> ctx, int numWorkers, int threshold, Grid grid,
                Done done) {
            super(ctx, done);
            this.workers = new ArrayList<>(numWorkers);
            for (int i = 0; i < numWorkers; i++) {
                workers.add(ctx.spawn(Worker.create(ctx.getSelf(), threshold, grid, done),
                        "worker-" + i));
            }
            send(grid.origin());
        }

        /**
         * {@return the behavior}
         *
         * @param numWorkers workers to spawn
         * @param threshold nodes a worker processes per search at most
         * @param grid the graph, its parents reset
         * @param done counted down by it and by each worker when they stop
         */
        public static Behavior<Msg> create(int numWorkers, int threshold, Grid grid, Done done) {
            return Behaviors.setup(ctx -> new Master(ctx, numWorkers, threshold, grid, done));
        }

        private void send(int node) {
            workers.get(sent % workers.size()).tell(new Worker.Work(node));
            sent++;
        }

        private void stopWorkers() {
            if (stopping) {
                return;
            }
            stopping = true;
            for (ActorRef<Worker.Msg> worker : workers) {
                worker.tell(Worker.Exit.INSTANCE);
            }
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Work.class, m -> {
                        if (!stopping) {
                            send(m.node());
                        }
                        return this;
                    })
                    .onMessage(Received.class, m -> {
                        completed++;
                        if (completed == sent) {
                            stopWorkers();
                        }
                        return this;
                    })
                    .onMessage(Found.class, m -> {
                        stopWorkers();
                        return this;
                    })
                    .onMessage(Stopped.class, m -> {
                        return ++stopped == workers.size() ? Behaviors.stopped() : this;
                    })
                    .build();
        }
    }

    /** Twin of {@link AStarWorker}. */
    public static final class Worker extends PekkoTwin<Worker.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A node to search from.
         *
         * @param node its id
         */
        public record Work(int node) implements Msg {}

        /** Stops the worker. */
        public enum Exit implements Msg { INSTANCE }

        private final ActorRef<Master.Msg> master;
        private final int threshold;
        private final Grid grid;

        private Worker(ActorContext<Msg> ctx, ActorRef<Master.Msg> master, int threshold,
                Grid grid, Done done) {
            super(ctx, done);
            this.master = master;
            this.threshold = threshold;
            this.grid = grid;
        }

        /**
         * {@return the behavior}
         *
         * @param master the master
         * @param threshold nodes it processes per search at most
         * @param grid the graph
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<Master.Msg> master, int threshold, Grid grid,
                Done done) {
            return Behaviors.setup(ctx -> new Worker(ctx, master, threshold, grid, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Work.class, m -> {
                        int[] rest = grid.search(m.node(), threshold);
                        if (rest == null) {
                            master.tell(Master.Found.INSTANCE);
                        } else {
                            for (int node : rest) {
                                master.tell(new Master.Work(node));
                            }
                        }
                        master.tell(Master.Received.INSTANCE);
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        master.tell(Master.Stopped.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }
}
