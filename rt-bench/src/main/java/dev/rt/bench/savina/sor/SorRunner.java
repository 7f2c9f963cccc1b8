package dev.rt.bench.savina.sor;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Savina Successive Over-Relaxation: the runner, which spawns the cells of the grid's left half
 * and the peer (which spawns the right half), starts its cells once it knows the peer's border,
 * and adds up the final values.
 */
@ActorBehavior
public final class SorRunner implements Actor<SorRunner.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Spawns the grid. */
        record Boot() implements Msg {}

        /**
         * The peer's border: its first column of cells, by row.
         *
         * @param border the cells
         */
        record Border(List<SorCellHandle> border) implements Msg {}

        /**
         * A final value: one cell's, or the sum of the peer's half.
         *
         * @param value the value
         */
        record Result(double value) implements Msg {}
    }

    private final int size;
    private final int part;
    private final int iterations;
    private final double[][] input;
    private final CompletableFuture<Double> total;
    private final Done done;
    private final SorCellHandle[] cells;
    private double sum;
    private int returned;

    /**
     * Creates the runner.
     *
     * @param size the side of the grid
     * @param iterations Savina's {@code JACOBI_NUM_ITER}
     * @param input the initial values, not changed
     * @param total completed with the sum of the final values
     * @param done counted down when it stops
     */
    public SorRunner(int size, int iterations, double[][] input, CompletableFuture<Double> total,
            Done done) {
        this.size = size;
        this.part = size / 2;
        this.iterations = iterations;
        this.input = input;
        this.total = total;
        this.done = done;
        this.cells = new SorCellHandle[size * (part + 1)];
    }

    void on(Msg.Boot m, ActorContext<Msg> context, SorRunnerHandle self) {
        SorCellHandle[] border = new SorCellHandle[size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < part; j++) {
                int pos = i * (part + 1) + j;
                double value = input[i][j];
                int color = Sor.color(i, j);
                cells[pos] = SorCellHandle.spawn(context, "cell-" + pos,
                        () -> new SorCell(pos, value, color, size, part + 1, self, null, done));
            }
            border[i] = cells[i * (part + 1) + part - 1];
        }
        List<SorCellHandle> myBorder = List.of(border);
        SorPeerHandle.spawn(context, "peer",
                () -> new SorPeer(size, iterations, input, myBorder, self, done)).boot();
    }

    void on(Msg.Border m) {
        for (int i = 0; i < size; i++) {
            cells[(i + 1) * (part + 1) - 1] = m.border().get(i);
        }
        List<SorCellHandle> all = List.of(cells);
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < part; j++) {
                cells[i * (part + 1) + j].start(iterations, all);
            }
        }
    }

    void on(Msg.Result m, ActorContext<Msg> context) {
        sum += m.value();
        returned++;
        if (returned == size * part + 1) {
            total.complete(sum);
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
