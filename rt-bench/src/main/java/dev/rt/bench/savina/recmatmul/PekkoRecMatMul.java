package dev.rt.bench.savina.recmatmul;

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
 * The Pekko twins of {@link MatMulMaster} and {@link MatMulWorker}: the same state, messages and
 * work, written as a Pekko user writes them. Each counts {@link Done} down on {@link PostStop}.
 */
public final class PekkoRecMatMul {

    private PekkoRecMatMul() {}

    /** Twin of {@link MatMulMaster}. */
    public static final class Master extends PekkoTwin<Master.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A piece to deal out.
         *
         * @param block the piece
         */
        public record Work(Matrices.Block block) implements Msg {}

        /** A worker finished a piece. */
        public enum BlockDone implements Msg { INSTANCE }

        /** A worker stopped. */
        public enum Stopped implements Msg { INSTANCE }

        private final List<ActorRef<Worker.Msg>> workers;
        private int sent;
        private int completed;
        private int stopped;

        private Master(ActorContext<Msg> ctx, int numWorkers, int threshold, Matrices matrices,
                Done done) {
            super(ctx, done);
            this.workers = new ArrayList<>(numWorkers);
            for (int i = 0; i < numWorkers; i++) {
                workers.add(ctx.spawn(Worker.create(ctx.getSelf(), threshold, matrices, done),
                        "worker-" + i));
            }
            send(matrices.whole());
        }

        /**
         * {@return the behavior}
         *
         * @param numWorkers workers to spawn
         * @param threshold entries from which a worker splits a piece rather than computing it
         * @param matrices the factors and a zero product
         * @param done counted down by it and by each worker when they stop
         */
        public static Behavior<Msg> create(int numWorkers, int threshold, Matrices matrices,
                Done done) {
            return Behaviors.setup(ctx -> new Master(ctx, numWorkers, threshold, matrices, done));
        }

        private void send(Matrices.Block block) {
            workers.get((block.srC() + block.scC()) % workers.size())
                    .tell(new Worker.Work(block));
            sent++;
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Work.class, m -> {
                        send(m.block());
                        return this;
                    })
                    .onMessage(BlockDone.class, m -> {
                        completed++;
                        if (completed == sent) {
                            for (ActorRef<Worker.Msg> worker : workers) {
                                worker.tell(Worker.Exit.INSTANCE);
                            }
                        }
                        return this;
                    })
                    .onMessage(Stopped.class, m -> {
                        return ++stopped == workers.size() ? Behaviors.stopped() : this;
                    })
                    .build();
        }
    }

    /** Twin of {@link MatMulWorker}. */
    public static final class Worker extends PekkoTwin<Worker.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A piece to split or compute.
         *
         * @param block the piece
         */
        public record Work(Matrices.Block block) implements Msg {}

        /** Stops the worker. */
        public enum Exit implements Msg { INSTANCE }

        private final ActorRef<Master.Msg> master;
        private final int threshold;
        private final Matrices matrices;

        private Worker(ActorContext<Msg> ctx, ActorRef<Master.Msg> master, int threshold,
                Matrices matrices, Done done) {
            super(ctx, done);
            this.master = master;
            this.threshold = threshold;
            this.matrices = matrices;
        }

        /**
         * {@return the behavior}
         *
         * @param master the master
         * @param threshold entries from which it splits a piece rather than computing it
         * @param matrices the factors and the product
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(ActorRef<Master.Msg> master, int threshold,
                Matrices matrices, Done done) {
            return Behaviors.setup(ctx -> new Worker(ctx, master, threshold, matrices, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Work.class, m -> {
                        Matrices.Block block = m.block();
                        if (block.numBlocks() > threshold) {
                            for (Matrices.Block part : block.split()) {
                                master.tell(new Master.Work(part));
                            }
                        } else {
                            matrices.multiply(block);
                        }
                        master.tell(Master.BlockDone.INSTANCE);
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
