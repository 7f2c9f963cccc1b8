package dev.rt.bench;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;

/** The other side of a ping-pong pair: answers every ping with a pong. */
@ActorBehavior
public final class Ponger implements Actor<Ponger.Msg> {

    /** The ponger's protocol. */
    public sealed interface Msg {
        /**
         * A ping.
         *
         * @param from where the pong goes
         */
        record Ping(PingerHandle from) implements Msg {}
    }

    /** Creates a ponger. */
    public Ponger() {}

    void on(Msg.Ping m) {
        m.from().pong();
    }
}
