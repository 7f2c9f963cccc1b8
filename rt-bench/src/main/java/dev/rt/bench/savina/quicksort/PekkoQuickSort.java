package dev.rt.bench.savina.quicksort;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twin of {@link QuickSorter}: the same state, messages and work, written as a Pekko
 * user writes them. The root counts {@link Done} down on {@link PostStop}, which Pekko signals
 * after all its descendants have stopped.
 */
public final class PekkoQuickSort {

    private PekkoQuickSort() {}

    /** Twin of {@link QuickSorter}. */
    public static final class Sorter extends PekkoTwin<Sorter.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * The values to sort.
         *
         * @param data the values, not changed
         */
        public record Sort(long[] data) implements Msg {}

        /**
         * A child's sorted values.
         *
         * @param data the values
         * @param position which child
         */
        public record Result(long[] data, Sorting.Position position) implements Msg {}

        private final ActorRef<Msg> parent;
        private final Sorting.Position position;
        private final int threshold;
        private final CompletableFuture<long[]> sorted;
        private long[] result;
        private int fragments;

        private Sorter(ActorContext<Msg> ctx, ActorRef<Msg> parent, Sorting.Position position,
                int threshold, CompletableFuture<long[]> sorted, Done done) {
            super(ctx, done);
            this.parent = parent;
            this.position = position;
            this.threshold = threshold;
            this.sorted = sorted;
        }

        /**
         * {@return the behavior of the root sorter}
         *
         * @param threshold values below which a sorter sorts sequentially
         * @param sorted completed with the sorted values
         * @param done counted down when it stops, after all the other sorters
         */
        public static Behavior<Msg> create(int threshold, CompletableFuture<long[]> sorted,
                Done done) {
            return Behaviors.setup(ctx -> new Sorter(ctx, null, Sorting.Position.INITIAL,
                    threshold, sorted, done));
        }

        /** {@return the behavior of a child sorter, with nothing to publish or count down} */
        private static Behavior<Msg> child(ActorRef<Msg> parent, Sorting.Position position,
                int threshold) {
            return Behaviors.setup(ctx -> new Sorter(ctx, parent, position, threshold, null,
                    null));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Sort.class, m -> sort(m.data()))
                    .onMessage(Result.class, m -> {
                        if (m.data().length > 0) {
                            result = m.position() == Sorting.Position.LEFT
                                    ? Sorting.concat(m.data(), result)
                                    : Sorting.concat(result, m.data());
                        }
                        fragments++;
                        return fragments == 3 ? finish() : this;
                    })
                    .build();
        }

        private Behavior<Msg> sort(long[] data) {
            if (data.length < threshold) {
                result = Sorting.sequential(data);
                return finish();
            }
            long pivot = data[data.length / 2];
            ActorRef<Msg> self = getContext().getSelf();
            getContext().spawn(child(self, Sorting.Position.LEFT, threshold), "left")
                    .tell(new Sort(Sorting.lessThan(data, pivot)));
            getContext().spawn(child(self, Sorting.Position.RIGHT, threshold), "right")
                    .tell(new Sort(Sorting.greaterThan(data, pivot)));
            result = Sorting.equalTo(data, pivot);
            fragments++;
            return this;
        }

        private Behavior<Msg> finish() {
            if (parent == null) {
                sorted.complete(result);
            } else {
                parent.tell(new Result(result, position));
            }
            return Behaviors.stopped();
        }
    }
}
