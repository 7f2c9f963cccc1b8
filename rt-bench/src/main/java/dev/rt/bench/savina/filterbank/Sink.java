package dev.rt.bench.savina.filterbank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.Arrays;
import java.util.function.Consumer;

/** Savina Filter Bank: the sink, which keeps the output so that the run can be checked. */
@ActorBehavior
public final class Sink implements Actor<Stage> {

    private final Consumer<double[]> output;
    private final Done done;
    private double[] values = new double[64];
    private int count;

    /**
     * Creates the sink.
     *
     * @param output told every value it received, in order, when the stream ends
     * @param done counted down when it stops
     */
    public Sink(Consumer<double[]> output, Done done) {
        this.output = output;
        this.done = done;
    }

    void on(Stage.Value m) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = m.value();
    }

    void on(Stage.Exit m, ActorContext<Stage> context) {
        output.accept(Arrays.copyOf(values, count));
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
