package dev.rt.bench;

import dev.rt.Actor;
import dev.rt.Request;
import dev.rt.annotation.ActorBehavior;

/** The actor of the restart benchmark: fails on demand, answers pings. */
@ActorBehavior
public final class Fragile implements Actor<Fragile.Msg> {

    /** The fragile actor's protocol. */
    public sealed interface Msg {
        /** Fails the actor. */
        record Crash() implements Msg {}

        /** Asks for the number of pings this incarnation has handled. */
        record Ping() implements Msg, Request<Integer> {}
    }

    private int pings;

    /** Creates a fresh incarnation. */
    public Fragile() {}

    void on(Msg.Crash m) {
        throw new IllegalStateException("crash requested by the benchmark");
    }

    int on(Msg.Ping m) {
        return ++pings;
    }
}
