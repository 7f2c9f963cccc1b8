package dev.rt.bench.savina.quicksort;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.concurrent.CompletableFuture;

/**
 * Savina QuickSort: one sorter, which sorts its values sequentially below the threshold, or
 * spawns a sorter for the values below the middle value and one for those above, and joins
 * their results around the values equal to it. Each sorter sends its result to its parent and
 * stops; the root publishes the whole.
 */
@ActorBehavior
public final class QuickSorter implements Actor<QuickSorter.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * The values to sort.
         *
         * @param data the values, not changed
         */
        record Sort(long[] data) implements Msg {}

        /**
         * A child's sorted values.
         *
         * @param data the values
         * @param position which child
         */
        record Result(long[] data, Sorting.Position position) implements Msg {}
    }

    private final QuickSorterHandle parent;
    private final Sorting.Position position;
    private final int threshold;
    private final CompletableFuture<long[]> sorted;
    private final Done done;
    private long[] result;
    private int fragments;

    /**
     * Creates the root sorter.
     *
     * @param threshold values below which a sorter sorts sequentially
     * @param sorted completed with the sorted values
     * @param done counted down when it stops, after all the other sorters
     */
    public QuickSorter(int threshold, CompletableFuture<long[]> sorted, Done done) {
        this.parent = null;
        this.position = Sorting.Position.INITIAL;
        this.threshold = threshold;
        this.sorted = sorted;
        this.done = done;
    }

    /** Creates a child sorter: it has no result to publish and nothing to count down. */
    private QuickSorter(QuickSorterHandle parent, Sorting.Position position, int threshold) {
        this.parent = parent;
        this.position = position;
        this.threshold = threshold;
        this.sorted = null;
        this.done = null;
    }

    void on(Msg.Sort m, ActorContext<Msg> context, QuickSorterHandle self) {
        long[] data = m.data();
        if (data.length < threshold) {
            result = Sorting.sequential(data);
            finish(context);
            return;
        }
        long pivot = data[data.length / 2];
        QuickSorterHandle.spawn(context, "left",
                () -> new QuickSorter(self, Sorting.Position.LEFT, threshold))
                .sort(Sorting.lessThan(data, pivot));
        QuickSorterHandle.spawn(context, "right",
                () -> new QuickSorter(self, Sorting.Position.RIGHT, threshold))
                .sort(Sorting.greaterThan(data, pivot));
        result = Sorting.equalTo(data, pivot);
        fragments++;
    }

    void on(Msg.Result m, ActorContext<Msg> context) {
        if (m.data().length > 0) {
            result = m.position() == Sorting.Position.LEFT
                    ? Sorting.concat(m.data(), result)
                    : Sorting.concat(result, m.data());
        }
        fragments++;
        if (fragments == 3) {
            finish(context);
        }
    }

    private void finish(ActorContext<Msg> context) {
        if (parent == null) {
            sorted.complete(result);
        } else {
            parent.result(result, position);
        }
        context.stop();
    }

    @Override
    public void postStop() {
        if (parent == null) {
            done.countDown();
        }
    }
}
