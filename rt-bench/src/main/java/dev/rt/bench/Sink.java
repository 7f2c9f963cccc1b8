package dev.rt.bench;

import dev.rt.Actor;
import dev.rt.Request;
import dev.rt.annotation.ActorBehavior;

/** A benchmark actor that counts what it receives. */
@ActorBehavior
public final class Sink implements Actor<Sink.Msg> {

    /** The sink's protocol. */
    public sealed interface Msg {
        /** One unit of work. */
        record Hit() implements Msg {}

        /** Asks how many hits arrived. */
        record Count() implements Msg, Request<Long> {}
    }

    private long hits;

    /** Creates an empty sink. */
    public Sink() {}

    void on(Msg.Hit m) {
        hits++;
    }

    long on(Msg.Count m) {
        return hits;
    }

    /** {@return the hits so far; for the direct-call baseline, on the calling thread} */
    long hits() {
        return hits;
    }
}
