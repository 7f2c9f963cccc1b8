package dev.rt.bench;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;

/**
 * Counts hits and counts {@link Done} down each time it has received {@code target} of them.
 * The receiving end of the tell, fan-out and scaling benchmarks.
 */
@ActorBehavior
public final class Tally implements Actor<Tally.Msg> {

    /** The tally's protocol. */
    public sealed interface Msg {
        /** One unit of work. */
        record Hit() implements Msg {}
    }

    private final long target;
    private final Done done;
    private long hits;

    /**
     * Creates a tally.
     *
     * @param target hits per operation
     * @param done counted down once per {@code target} hits
     */
    public Tally(long target, Done done) {
        this.target = target;
        this.done = done;
    }

    void on(Msg.Hit m) {
        if (++hits == target) {
            hits = 0;
            done.countDown();
        }
    }
}
