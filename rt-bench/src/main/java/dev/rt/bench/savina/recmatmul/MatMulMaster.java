package dev.rt.bench.savina.recmatmul;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/**
 * Savina Recursive Matrix Multiplication: the master, which spawns the workers, deals out the
 * pieces of the product (each to the worker its place in {@code C} picks, so that one worker
 * writes each piece of {@code C}), and stops the workers once every piece is done.
 */
@ActorBehavior
public final class MatMulMaster implements Actor<MatMulMaster.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A piece to deal out.
         *
         * @param block the piece
         */
        record Work(Matrices.Block block) implements Msg {}

        /** A worker finished a piece. */
        record BlockDone() implements Msg {}

        /** A worker stopped. */
        record Stopped() implements Msg {}
    }

    private final int numWorkers;
    private final int threshold;
    private final Matrices matrices;
    private final Done done;
    private final MatMulWorkerHandle[] workers;
    private int sent;
    private int completed;
    private int stopped;

    /**
     * Creates the master.
     *
     * @param numWorkers workers to spawn
     * @param threshold entries from which a worker splits a piece rather than computing it
     * @param matrices the factors and a zero product
     * @param done counted down by it and by each worker when they stop
     */
    public MatMulMaster(int numWorkers, int threshold, Matrices matrices, Done done) {
        this.numWorkers = numWorkers;
        this.threshold = threshold;
        this.matrices = matrices;
        this.done = done;
        this.workers = new MatMulWorkerHandle[numWorkers];
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        MatMulMasterHandle self = MatMulMasterHandle.of(context.self());
        for (int i = 0; i < numWorkers; i++) {
            workers[i] = MatMulWorkerHandle.spawn(context, "worker-" + i,
                    () -> new MatMulWorker(self, threshold, matrices, done));
        }
        send(matrices.whole());
    }

    private void send(Matrices.Block block) {
        workers[(block.srC() + block.scC()) % numWorkers].work(block);
        sent++;
    }

    void on(Msg.Work m) {
        send(m.block());
    }

    void on(Msg.BlockDone m) {
        completed++;
        if (completed == sent) {
            for (MatMulWorkerHandle worker : workers) {
                worker.exit();
            }
        }
    }

    void on(Msg.Stopped m, ActorContext<Msg> context) {
        if (++stopped == numWorkers) {
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
