package dev.rt.bench.savina.nqueens;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link NQueensMaster} and {@link NQueensWorker}: the same state, messages
 * and work, written as a Pekko user writes them. Each counts {@link Done} down on
 * {@link PostStop}.
 */
public final class PekkoNQueens {

    private PekkoNQueens() {}

    /** Twin of {@link NQueensMaster}. */
    public static final class Master extends PekkoTwin<Master.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A partial board to deal out.
         *
         * @param board the columns of the queens placed
         * @param depth queens placed
         */
        public record Work(int[] board, int depth) implements Msg {}

        /** A solution found. */
        public enum Solution implements Msg { INSTANCE }

        /** A worker finished a board. */
        public enum BoardDone implements Msg { INSTANCE }

        /** A worker stopped. */
        public enum Stopped implements Msg { INSTANCE }

        private final long solutionsLimit;
        private final CompletableFuture<Long> solutions;
        private final List<ActorRef<Worker.Msg>> workers;
        private long found;
        private int next;
        private int sent;
        private int completed;
        private int stopped;
        private boolean stopping;

        private Master(ActorContext<Msg> ctx, int numWorkers, int size, int threshold,
                long solutionsLimit, CompletableFuture<Long> solutions, Done done) {
            super(ctx, done);
            this.solutionsLimit = solutionsLimit;
            this.solutions = solutions;
            this.workers = new ArrayList<>(numWorkers);
            for (int i = 0; i < numWorkers; i++) {
                workers.add(ctx.spawn(Worker.create(ctx.getSelf(), size, threshold, done),
                        "worker-" + i));
            }
            send(new int[0], 0);
        }

        /**
         * {@return the behavior}
         *
         * @param numWorkers workers to spawn
         * @param size the board's size
         * @param threshold depth from which a worker searches sequentially
         * @param solutionsLimit solutions after which the search stops
         * @param solutions completed with the number of solutions found
         * @param done counted down by it and by each worker when they stop
         */
        public static Behavior<Msg> create(int numWorkers, int size, int threshold,
                long solutionsLimit, CompletableFuture<Long> solutions, Done done) {
            return Behaviors.setup(ctx -> new Master(ctx, numWorkers, size, threshold,
                    solutionsLimit, solutions, done));
        }

        private void send(int[] board, int depth) {
            workers.get(next).tell(new Worker.Work(board, depth));
            next = (next + 1) % workers.size();
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
                            send(m.board(), m.depth());
                        }
                        return this;
                    })
                    .onMessage(Solution.class, m -> {
                        found++;
                        if (found == solutionsLimit) {
                            stopWorkers();
                        }
                        return this;
                    })
                    .onMessage(BoardDone.class, m -> {
                        completed++;
                        if (completed == sent) {
                            stopWorkers();
                        }
                        return this;
                    })
                    .onMessage(Stopped.class, m -> {
                        if (++stopped == workers.size()) {
                            solutions.complete(found);
                            return Behaviors.stopped();
                        }
                        return this;
                    })
                    .build();
        }
    }

    /** Twin of {@link NQueensWorker}. */
    public static final class Worker extends PekkoTwin<Worker.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A partial board to search.
         *
         * @param board the columns of the queens placed
         * @param depth queens placed
         */
        public record Work(int[] board, int depth) implements Msg {}

        /** Stops the worker. */
        public enum Exit implements Msg { INSTANCE }

        private final ActorRef<Master.Msg> master;
        private final int size;
        private final int threshold;

        private Worker(ActorContext<Msg> ctx, ActorRef<Master.Msg> master, int size,
                int threshold, Done done) {
            super(ctx, done);
            this.master = master;
            this.size = size;
            this.threshold = threshold;
        }

        /**
         * {@return the behavior}
         *
         * @param master the master
         * @param size the board's size
         * @param threshold depth from which it searches sequentially
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<Master.Msg> master, int size, int threshold,
                Done done) {
            return Behaviors.setup(ctx -> new Worker(ctx, master, size, threshold, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Work.class, m -> {
                        search(m.board(), m.depth());
                        master.tell(Master.BoardDone.INSTANCE);
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        master.tell(Master.Stopped.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }

        private void search(int[] a, int depth) {
            if (depth == size) {
                master.tell(Master.Solution.INSTANCE);
            } else if (depth >= threshold) {
                NQueens.solveSequentially(size, a, depth,
                        () -> master.tell(Master.Solution.INSTANCE));
            } else {
                for (int i = 0; i < size; i++) {
                    int[] b = new int[depth + 1];
                    System.arraycopy(a, 0, b, 0, depth);
                    b[depth] = i;
                    if (NQueens.boardValid(depth + 1, b)) {
                        master.tell(new Master.Work(b, depth + 1));
                    }
                }
            }
        }
    }
}
