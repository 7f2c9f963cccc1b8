package dev.rt.bench.savina.recmatmul;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/**
 * Savina Recursive Matrix Multiplication: a worker, which splits a piece larger than the
 * threshold into eight and sends them back to the master, or computes it into the product.
 */
@ActorBehavior
public final class MatMulWorker implements Actor<MatMulWorker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A piece to split or compute.
         *
         * @param block the piece
         */
        record Work(Matrices.Block block) implements Msg {}

        /** Stops the worker. */
        record Exit() implements Msg {}
    }

    private final MatMulMasterHandle master;
    private final int threshold;
    private final Matrices matrices;
    private final Done done;

    /**
     * Creates a worker.
     *
     * @param master the master
     * @param threshold entries from which it splits a piece rather than computing it
     * @param matrices the factors and the product
     * @param done counted down when it stops
     */
    public MatMulWorker(MatMulMasterHandle master, int threshold, Matrices matrices, Done done) {
        this.master = master;
        this.threshold = threshold;
        this.matrices = matrices;
        this.done = done;
    }

    void on(Msg.Work m) {
        Matrices.Block block = m.block();
        if (block.numBlocks() > threshold) {
            for (Matrices.Block part : block.split()) {
                master.work(part);
            }
        } else {
            matrices.multiply(block);
        }
        master.blockDone();
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
