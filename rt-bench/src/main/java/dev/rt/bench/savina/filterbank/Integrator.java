package dev.rt.bench.savina.filterbank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Filter Bank: the integrator, which collects one value from every channel per row. */
@ActorBehavior
public final class Integrator implements Actor<Integrator.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A channel's next value.
         *
         * @param sourceId the channel
         * @param value the value
         */
        record SourcedValue(int sourceId, double value) implements Msg {}

        /** One channel has ended. */
        record Exit() implements Msg {}
    }

    private final int numChannels;
    private final ChannelRows rows;
    private final CombineHandle combine;
    private final Done done;
    private int exitsReceived;

    /**
     * Creates the integrator.
     *
     * @param numChannels channels
     * @param combine gets each full row
     * @param done counted down when it stops
     */
    public Integrator(int numChannels, CombineHandle combine, Done done) {
        this.numChannels = numChannels;
        this.rows = new ChannelRows(numChannels);
        this.combine = combine;
        this.done = done;
    }

    void on(Msg.SourcedValue m) {
        double[] row = rows.add(m.sourceId(), m.value());
        if (row != null) {
            combine.collection(row);
        }
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        if (++exitsReceived == numChannels) {
            combine.exit();
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
