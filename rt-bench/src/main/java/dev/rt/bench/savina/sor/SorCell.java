package dev.rt.bench.savina.sor;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.ArrayList;
import java.util.List;

/**
 * Savina Successive Over-Relaxation: one cell of the grid, which updates its value each time it
 * has a value from every neighbour, and reports its final value to the actor that spawned it.
 */
@ActorBehavior
public final class SorCell implements Actor<SorCell.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Starts the cell.
         *
         * @param iterations Savina's {@code JACOBI_NUM_ITER}
         * @param cells the cells of its half of the grid, by position, and the border of the other
         */
        record Start(int iterations, List<SorCellHandle> cells) implements Msg {}

        /**
         * A neighbour's value.
         *
         * @param value the value
         */
        record Value(double value) implements Msg {}
    }

    private final int color;
    private final int[] neighbors;
    private final SorRunnerHandle runner;
    private final SorPeerHandle peer;
    private final Done done;
    private final List<Double> early = new ArrayList<>();
    private double value;
    private int iterations;
    private List<SorCellHandle> cells;
    private int iter;
    private int received;
    private double sum;

    /**
     * Creates a cell.
     *
     * @param position its position in its half: {@code row * columns + column}
     * @param value its initial value
     * @param color its colour, 0 or 1
     * @param rows rows of its half
     * @param columns columns of its half, the other half's border included
     * @param runner where it reports, for a cell of the runner's half; else null
     * @param peer where it reports, for a cell of the peer's half; else null
     * @param done counted down when it stops
     */
    public SorCell(int position, double value, int color, int rows, int columns,
            SorRunnerHandle runner, SorPeerHandle peer, Done done) {
        this.value = value;
        this.color = color;
        this.neighbors = Sor.neighbors(position / columns, position % columns, rows, columns);
        this.runner = runner;
        this.peer = peer;
        this.done = done;
    }

    void on(Msg.Start m, ActorContext<Msg> context) {
        iterations = m.iterations();
        cells = m.cells();
        if (color == 1) {
            sendValue();
            iter++;
        }
        for (double v : early) {
            receive(v, context);
        }
        early.clear();
    }

    void on(Msg.Value m, ActorContext<Msg> context) {
        if (cells == null) {
            early.add(m.value()); // a neighbour started first
        } else {
            receive(m.value(), context);
        }
    }

    private void receive(double v, ActorContext<Msg> context) {
        if (iter >= iterations) {
            return;
        }
        received++;
        sum += v;
        if (received == neighbors.length) {
            value = Sor.update(value, sum);
            sum = 0;
            received = 0;
            iter++;
            // colour 0's last values would find every neighbour finished: Savina sends them into
            // dead letters, this cell does not send them
            if (color == 1 || iter < iterations) {
                sendValue();
            }
        }
        if (iter == iterations) {
            if (peer != null) {
                peer.result(value);
            } else {
                runner.result(value);
            }
            context.stop();
        }
    }

    private void sendValue() {
        for (int n : neighbors) {
            cells.get(n).value(value);
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
