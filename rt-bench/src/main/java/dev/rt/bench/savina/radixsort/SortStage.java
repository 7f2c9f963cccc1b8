package dev.rt.bench.savina.radixsort;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/**
 * Savina Radix Sort: the stage for one bit, which passes on the values with that bit clear at once
 * and holds back those with it set until it has seen every value.
 */
@ActorBehavior
public final class SortStage implements Actor<Stage> {

    private final int numValues;
    private final long radix;
    private final ActorRef<Stage> next;
    private final Done done;
    private final long[] ordering;
    private int valuesSoFar;
    private int held;

    /**
     * Creates a stage.
     *
     * @param numValues values that come through
     * @param radix its bit, as a mask
     * @param next the next stage
     * @param done counted down when it stops
     */
    public SortStage(int numValues, long radix, ActorRef<Stage> next, Done done) {
        this.numValues = numValues;
        this.radix = radix;
        this.next = next;
        this.done = done;
        this.ordering = new long[numValues];
    }

    void on(Stage.Value m, ActorContext<Stage> context) {
        valuesSoFar++;
        if ((m.value() & radix) == 0) {
            next.tell(new Stage.Value(m.value()));
        } else {
            ordering[held++] = m.value();
        }
        if (valuesSoFar == numValues) {
            for (int i = 0; i < held; i++) {
                next.tell(new Stage.Value(ordering[i]));
            }
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
