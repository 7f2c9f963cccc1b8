package dev.rt.bench.vt;

import dev.rt.bench.Done;

/**
 * Twin of {@link dev.rt.bench.Tally}: counts hits and counts {@link Done} down each time it has
 * received {@code target} of them.
 */
public final class VtTally extends VtActor<VtTally.Msg> {

    /** The tally's protocol. */
    public sealed interface Msg {
        /** One unit of work. */
        record Hit() implements Msg {
            public static final Hit INSTANCE = new Hit();
        }
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
    public VtTally(long target, Done done) {
        this.target = target;
        this.done = done;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Hit() -> {
                if (++hits == target) {
                    hits = 0;
                    done.countDown();
                }
            }
        }
    }
}
