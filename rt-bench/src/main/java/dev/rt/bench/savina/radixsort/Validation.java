package dev.rt.bench.savina.radixsort;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.function.Consumer;

/** Savina Radix Sort: the end of the pipeline, which checks that the values come out in order. */
@ActorBehavior
public final class Validation implements Actor<Stage> {

    /**
     * What the validator saw.
     *
     * @param count values received
     * @param outOfPlace the index of the first value smaller than the one before it, or -1
     * @param sum the sum of the values
     */
    public record Result(int count, int outOfPlace, long sum) {}

    private final int numValues;
    private final Consumer<Result> result;
    private final Done done;
    private int valuesSoFar;
    private long prevValue;
    private int outOfPlace = -1;
    private long sum;

    /**
     * Creates the validator.
     *
     * @param numValues values that come through
     * @param result told what it saw, once every value has come
     * @param done counted down when it stops
     */
    public Validation(int numValues, Consumer<Result> result, Done done) {
        this.numValues = numValues;
        this.result = result;
        this.done = done;
    }

    void on(Stage.Value m, ActorContext<Stage> context) {
        if (m.value() < prevValue && outOfPlace < 0) {
            outOfPlace = valuesSoFar;
        }
        valuesSoFar++;
        prevValue = m.value();
        sum += prevValue;
        if (valuesSoFar == numValues) {
            result.accept(new Result(valuesSoFar, outOfPlace, sum));
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
