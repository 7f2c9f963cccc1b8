package dev.rt.samples.pingpong;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;

/** Answers every ping with a pong, through the pinger's generated handle. */
@ActorBehavior
public final class Ponger implements Actor<PongerMsg> {

    private long pings;

    /** Creates a ponger. */
    public Ponger() {}

    void on(PongerMsg.Ping m) {
        pings++;
        m.from().pong(m.remaining());
    }
}
