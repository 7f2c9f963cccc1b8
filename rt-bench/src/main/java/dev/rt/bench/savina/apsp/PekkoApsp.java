package dev.rt.bench.savina.apsp;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import java.util.Arrays;
import java.util.List;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twin of {@link ApspBlock}: the same state, messages and work, written as a Pekko
 * user writes them. It counts {@link Done} down on {@link PostStop}.
 */
public final class PekkoApsp {

    private PekkoApsp() {}

    /** Twin of {@link ApspBlock}. */
    public static final class Block extends PekkoTwin<Block.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * The blocks of its block row and block column.
         *
         * @param neighbors the blocks
         */
        public record Neighbors(List<ActorRef<Msg>> neighbors) implements Msg {}

        /** Starts: sends its initial values. */
        public enum Start implements Msg { INSTANCE }

        /**
         * A neighbour's values after a phase.
         *
         * @param k the phase; -1 for the initial values
         * @param blockId the neighbour
         * @param values its values, not changed
         */
        public record Phase(int k, int blockId, long[] values) implements Msg {}

        private final int id;
        private final int n;
        private final int b;
        private final int numNeighbors;
        private final long[][] result;
        private List<ActorRef<Msg>> neighbors;
        private long[] values;
        private int k = -1;
        private boolean started;
        private long[][] current;
        private long[][] next;
        private int currentCount;
        private int nextCount;

        private Block(ActorContext<Msg> ctx, int id, int b, long[][] graph, long[][] result,
                Done done) {
            super(ctx, done);
            this.id = id;
            this.n = graph.length;
            this.b = b;
            this.numNeighbors = 2 * (n / b - 1);
            this.result = result;
            this.values = FloydWarshall.block(graph, id, b);
            int blocks = (n / b) * (n / b);
            this.current = new long[blocks][];
            this.next = new long[blocks][];
        }

        /**
         * {@return the behavior}
         *
         * @param id the block's id
         * @param b the side of a block
         * @param graph the graph's edge weights, {@code n × n}, not changed
         * @param result where it writes its final values
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(int id, int b, long[][] graph, long[][] result,
                Done done) {
            return Behaviors.setup(ctx -> new Block(ctx, id, b, graph, result, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Neighbors.class, m -> {
                        neighbors = m.neighbors();
                        return this;
                    })
                    .onMessage(Start.class, m -> {
                        sendValues();
                        started = true;
                        return advance();
                    })
                    .onMessage(Phase.class, this::onPhase)
                    .build();
        }

        private Behavior<Msg> onPhase(Phase m) {
            if (neighbors == null) {
                throw new IllegalStateException("block " + id + " has no neighbours yet");
            }
            if (m.k() == k) {
                current[m.blockId()] = m.values();
                currentCount++;
            } else if (m.k() == k + 1) {
                next[m.blockId()] = m.values();
                nextCount++;
            } else {
                throw new IllegalStateException("block " + id + " in phase " + k
                        + " got the values of phase " + m.k() + " from block " + m.blockId());
            }
            return advance();
        }

        /** Computes every phase whose neighbours' values it has, once it has started. */
        private Behavior<Msg> advance() {
            while (started && currentCount == numNeighbors) {
                current[id] = values;
                values = FloydWarshall.phase(id, k + 1, n, b, current);
                k++;
                long[][] spent = current;
                current = next;
                currentCount = nextCount;
                next = spent;
                Arrays.fill(next, null);
                nextCount = 0;
                if (k == n - 1) {
                    FloydWarshall.store(result, id, b, values);
                    return Behaviors.stopped();
                }
                sendValues();
            }
            return this;
        }

        private void sendValues() {
            for (ActorRef<Msg> neighbor : neighbors) {
                neighbor.tell(new Phase(k, id, values));
            }
        }
    }
}
