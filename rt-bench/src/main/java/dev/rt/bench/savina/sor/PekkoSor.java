package dev.rt.bench.savina.sor;

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
 * The Pekko twins of {@link SorRunner}, {@link SorPeer} and {@link SorCell}: the same state,
 * messages and work, written as a Pekko user writes them. Each counts {@link Done} down on
 * {@link PostStop}.
 */
public final class PekkoSor {

    private PekkoSor() {}

    /**
     * A final value, to the runner or the peer: one cell's, or the sum of the peer's half. Both
     * protocols take it, so that a cell holds either's reference narrowed to it.
     *
     * @param value the value
     */
    public record Result(double value) implements Runner.Msg, Peer.Msg {}

    /** Twin of {@link SorRunner}. */
    public static final class Runner extends PekkoTwin<Runner.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Spawns the grid. */
        public enum Boot implements Msg { INSTANCE }

        /**
         * The peer's border: its first column of cells, by row.
         *
         * @param border the cells
         */
        public record Border(List<ActorRef<Cell.Msg>> border) implements Msg {}

        private final int size;
        private final int part;
        private final int iterations;
        private final double[][] input;
        private final CompletableFuture<Double> total;
        private final List<ActorRef<Cell.Msg>> cells;
        private double sum;
        private int returned;

        private Runner(ActorContext<Msg> ctx, int size, int iterations, double[][] input,
                CompletableFuture<Double> total, Done done) {
            super(ctx, done);
            this.size = size;
            this.part = size / 2;
            this.iterations = iterations;
            this.input = input;
            this.total = total;
            this.cells = new ArrayList<>(size * (part + 1));
        }

        /**
         * {@return the behavior}
         *
         * @param size the side of the grid
         * @param iterations Savina's {@code JACOBI_NUM_ITER}
         * @param input the initial values, not changed
         * @param total completed with the sum of the final values
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int size, int iterations, double[][] input,
                CompletableFuture<Double> total, Done done) {
            return Behaviors.setup(ctx -> new Runner(ctx, size, iterations, input, total, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Boot.class, m -> boot())
                    .onMessage(Border.class, m -> {
                        for (int i = 0; i < size; i++) {
                            cells.set((i + 1) * (part + 1) - 1, m.border().get(i));
                        }
                        List<ActorRef<Cell.Msg>> all = List.copyOf(cells);
                        for (int i = 0; i < size; i++) {
                            for (int j = 0; j < part; j++) {
                                all.get(i * (part + 1) + j).tell(new Cell.Start(iterations, all));
                            }
                        }
                        return this;
                    })
                    .onMessage(Result.class, m -> {
                        sum += m.value();
                        returned++;
                        if (returned == size * part + 1) {
                            total.complete(sum);
                            return Behaviors.stopped();
                        }
                        return this;
                    })
                    .build();
        }

        private Behavior<Msg> boot() {
            ActorRef<Result> self = getContext().getSelf().narrow();
            List<ActorRef<Cell.Msg>> border = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < part; j++) {
                    int pos = i * (part + 1) + j;
                    cells.add(getContext().spawn(Cell.create(pos, input[i][j], Sor.color(i, j),
                            size, part + 1, self, done), "cell-" + pos));
                }
                cells.add(null); // the peer's border, once it is known
                border.add(cells.get(i * (part + 1) + part - 1));
            }
            getContext().spawn(Peer.create(size, iterations, input, List.copyOf(border),
                    getContext().getSelf(), done), "peer").tell(Peer.Boot.INSTANCE);
            return this;
        }
    }

    /** Twin of {@link SorPeer}. */
    public static final class Peer extends PekkoTwin<Peer.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /** Spawns and starts the right half. */
        public enum Boot implements Msg { INSTANCE }

        private final int size;
        private final int part;
        private final int iterations;
        private final double[][] input;
        private final List<ActorRef<Cell.Msg>> runnerBorder;
        private final ActorRef<Runner.Msg> runner;
        private double sum;
        private int returned;

        private Peer(ActorContext<Msg> ctx, int size, int iterations, double[][] input,
                List<ActorRef<Cell.Msg>> runnerBorder, ActorRef<Runner.Msg> runner, Done done) {
            super(ctx, done);
            this.size = size;
            this.part = size / 2;
            this.iterations = iterations;
            this.input = input;
            this.runnerBorder = runnerBorder;
            this.runner = runner;
        }

        /**
         * {@return the behavior}
         *
         * @param size the side of the grid
         * @param iterations Savina's {@code JACOBI_NUM_ITER}
         * @param input the initial values of the whole grid, not changed
         * @param runnerBorder the last column of the runner's cells, by row
         * @param runner the runner
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int size, int iterations, double[][] input,
                List<ActorRef<Cell.Msg>> runnerBorder, ActorRef<Runner.Msg> runner, Done done) {
            return Behaviors.setup(ctx -> new Peer(ctx, size, iterations, input, runnerBorder,
                    runner, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Boot.class, m -> boot())
                    .onMessage(Result.class, m -> {
                        sum += m.value();
                        returned++;
                        if (returned == size * (size - part)) {
                            runner.tell(new Result(sum));
                            return Behaviors.stopped();
                        }
                        return this;
                    })
                    .build();
        }

        private Behavior<Msg> boot() {
            ActorRef<Result> self = getContext().getSelf().narrow();
            int columns = size - part + 1;
            List<ActorRef<Cell.Msg>> cells = new ArrayList<>(size * columns);
            List<ActorRef<Cell.Msg>> border = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                cells.add(runnerBorder.get(i));
                for (int j = 1; j < columns; j++) {
                    int pos = i * columns + j;
                    cells.add(getContext().spawn(Cell.create(pos, input[i][part + j - 1],
                            Sor.color(i, part + j - 1), size, columns, self, done),
                            "cell-" + pos));
                }
                border.add(cells.get(i * columns + 1));
            }
            runner.tell(new Runner.Border(List.copyOf(border)));
            List<ActorRef<Cell.Msg>> all = List.copyOf(cells);
            for (int i = 0; i < size; i++) {
                for (int j = 1; j < columns; j++) {
                    all.get(i * columns + j).tell(new Cell.Start(iterations, all));
                }
            }
            return this;
        }
    }

    /**
     * Twin of {@link SorCell}. Where the RT cell holds the runner's or the peer's handle, this
     * one holds either's reference narrowed to {@link Result}.
     */
    public static final class Cell extends PekkoTwin<Cell.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Starts the cell.
         *
         * @param iterations Savina's {@code JACOBI_NUM_ITER}
         * @param cells the cells of its half of the grid, by position, and the border of the other
         */
        public record Start(int iterations, List<ActorRef<Msg>> cells) implements Msg {}

        /**
         * A neighbour's value.
         *
         * @param value the value
         */
        public record Value(double value) implements Msg {}

        private final int color;
        private final int[] neighbors;
        private final ActorRef<Result> source;
        private final List<Double> early = new ArrayList<>();
        private double value;
        private int iterations;
        private List<ActorRef<Msg>> cells;
        private int iter;
        private int received;
        private double sum;

        private Cell(ActorContext<Msg> ctx, int position, double value, int color, int rows,
                int columns, ActorRef<Result> source, Done done) {
            super(ctx, done);
            this.value = value;
            this.color = color;
            this.neighbors = Sor.neighbors(position / columns, position % columns, rows, columns);
            this.source = source;
        }

        /**
         * {@return the behavior}
         *
         * @param position its position in its half: {@code row * columns + column}
         * @param value its initial value
         * @param color its colour, 0 or 1
         * @param rows rows of its half
         * @param columns columns of its half, the other half's border included
         * @param source where it reports: the runner's or the peer's {@code Result} reference
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int position, double value, int color, int rows,
                int columns, ActorRef<Result> source, Done done) {
            return Behaviors.setup(ctx -> new Cell(ctx, position, value, color, rows, columns,
                    source, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Start.class, m -> {
                        iterations = m.iterations();
                        cells = m.cells();
                        if (color == 1) {
                            sendValue();
                            iter++;
                        }
                        boolean finished = false;
                        for (double v : early) {
                            finished |= receive(v);
                        }
                        early.clear();
                        return finished ? Behaviors.stopped() : this;
                    })
                    .onMessage(Value.class, m -> {
                        if (cells == null) {
                            early.add(m.value()); // a neighbour started first
                            return this;
                        }
                        return receive(m.value()) ? Behaviors.stopped() : this;
                    })
                    .build();
        }

        /** {@return whether the cell is done and stops} */
        private boolean receive(double v) {
            if (iter >= iterations) {
                return false;
            }
            received++;
            sum += v;
            if (received == neighbors.length) {
                value = Sor.update(value, sum);
                sum = 0;
                received = 0;
                iter++;
                if (color == 1 || iter < iterations) {
                    sendValue();
                }
            }
            if (iter == iterations) {
                source.tell(new Result(value));
                return true;
            }
            return false;
        }

        private void sendValue() {
            for (int n : neighbors) {
                cells.get(n).tell(new Value(value));
            }
        }
    }
}
