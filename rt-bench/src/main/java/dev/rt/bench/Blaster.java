package dev.rt.bench;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;

/** Sends bursts of hits to one tally: a sender for the N-to-1 and many-pairs benchmarks. */
@ActorBehavior
public final class Blaster implements Actor<Blaster.Msg> {

    /** The blaster's protocol. */
    public sealed interface Msg {
        /**
         * Sends {@code hits} hits to the target.
         *
         * @param hits how many
         */
        record Go(int hits) implements Msg {}
    }

    private final TallyHandle target;

    /**
     * Creates a blaster.
     *
     * @param target where the hits go
     */
    public Blaster(TallyHandle target) {
        this.target = target;
    }

    void on(Msg.Go m) {
        for (int i = m.hits(); i > 0; i--) {
            target.hit();
        }
    }
}
