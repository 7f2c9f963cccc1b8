package dev.rt.bench.savina.filterbank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Filter Bank: the combiner, which adds up each row of the channels' values. */
@ActorBehavior
public final class Combine implements Actor<Combine.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A full row.
         *
         * @param values one value per channel, in channel order
         */
        record Collection(double[] values) implements Msg {}

        /** The rows have ended. */
        record Exit() implements Msg {}
    }

    private final SinkHandle sink;
    private final Done done;

    /**
     * Creates the combiner.
     *
     * @param sink gets each row's sum
     * @param done counted down when it stops
     */
    public Combine(SinkHandle sink, Done done) {
        this.sink = sink;
        this.done = done;
    }

    void on(Msg.Collection m) {
        double sum = 0;
        for (double value : m.values()) {
            sum += value;
        }
        sink.value(sum);
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        sink.exit();
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
