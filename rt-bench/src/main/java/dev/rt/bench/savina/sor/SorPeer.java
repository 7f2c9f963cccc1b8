package dev.rt.bench.savina.sor;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.List;

/**
 * Savina Successive Over-Relaxation: the peer, which spawns the cells of the grid's right half,
 * sends their border to the runner, starts them, and reports the sum of their final values.
 */
@ActorBehavior
public final class SorPeer implements Actor<SorPeer.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Spawns and starts the right half. */
        record Boot() implements Msg {}

        /**
         * One cell's final value.
         *
         * @param value the value
         */
        record Result(double value) implements Msg {}
    }

    private final int size;
    private final int part;
    private final int iterations;
    private final double[][] input;
    private final List<SorCellHandle> runnerBorder;
    private final SorRunnerHandle runner;
    private final Done done;
    private double sum;
    private int returned;

    /**
     * Creates the peer.
     *
     * @param size the side of the grid
     * @param iterations Savina's {@code JACOBI_NUM_ITER}
     * @param input the initial values of the whole grid, not changed
     * @param runnerBorder the last column of the runner's cells, by row
     * @param runner the runner
     * @param done counted down when it stops
     */
    public SorPeer(int size, int iterations, double[][] input, List<SorCellHandle> runnerBorder,
            SorRunnerHandle runner, Done done) {
        this.size = size;
        this.part = size / 2;
        this.iterations = iterations;
        this.input = input;
        this.runnerBorder = runnerBorder;
        this.runner = runner;
        this.done = done;
    }

    void on(Msg.Boot m, ActorContext<Msg> context, SorPeerHandle self) {
        int columns = size - part + 1;
        SorCellHandle[] cells = new SorCellHandle[size * columns];
        SorCellHandle[] border = new SorCellHandle[size];
        for (int i = 0; i < size; i++) {
            cells[i * columns] = runnerBorder.get(i);
            for (int j = 1; j < columns; j++) {
                int pos = i * columns + j;
                double value = input[i][part + j - 1];
                int color = Sor.color(i, part + j - 1);
                cells[pos] = SorCellHandle.spawn(context, "cell-" + pos,
                        () -> new SorCell(pos, value, color, size, columns, null, self, done));
            }
            border[i] = cells[i * columns + 1];
        }
        runner.border(List.of(border));
        List<SorCellHandle> all = List.of(cells);
        for (int i = 0; i < size; i++) {
            for (int j = 1; j < columns; j++) {
                cells[i * columns + j].start(iterations, all);
            }
        }
    }

    void on(Msg.Result m, ActorContext<Msg> context) {
        sum += m.value();
        returned++;
        if (returned == size * (size - part)) {
            runner.result(sum);
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
