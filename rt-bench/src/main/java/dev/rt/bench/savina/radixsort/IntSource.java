package dev.rt.bench.savina.radixsort;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import dev.rt.bench.savina.PseudoRandom;

/** Savina Radix Sort: the source, which sends the random values into the pipeline. */
@ActorBehavior
public final class IntSource implements Actor<IntSource.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Sends every value, then stops.
         *
         * @param first the first stage of the pipeline
         */
        record Start(ActorRef<Stage> first) implements Msg {}
    }

    private final int numValues;
    private final long maxValue;
    private final PseudoRandom random;
    private final Done done;

    /**
     * Creates the source.
     *
     * @param numValues values to send
     * @param maxValue the values are below it
     * @param seed the seed of Savina's generator
     * @param done counted down when it stops
     */
    public IntSource(int numValues, long maxValue, long seed, Done done) {
        this.numValues = numValues;
        this.maxValue = maxValue;
        this.random = new PseudoRandom(seed);
        this.done = done;
    }

    void on(Msg.Start m, ActorContext<Msg> context) {
        for (int i = 0; i < numValues; i++) {
            m.first().tell(new Stage.Value(Math.abs(random.nextLong()) % maxValue));
        }
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
