package dev.rt.bench.vt;

import dev.rt.bench.Done;

/**
 * Twin of {@link dev.rt.bench.Pinger}: one side of a ping-pong pair; sends a ping, waits for the
 * pong, and again.
 */
public final class VtPinger extends VtActor<VtPinger.Msg> {

    /** The pinger's protocol. */
    public sealed interface Msg {
        /**
         * Starts a run of round trips.
         *
         * @param exchanges how many
         */
        record Start(int exchanges) implements Msg {}

        /** The answer to a ping. */
        record Pong() implements Msg {
            public static final Pong INSTANCE = new Pong();
        }
    }

    private final VtPonger ponger;
    private final Done done;
    private int left;

    /**
     * Creates a pinger.
     *
     * @param ponger its partner
     * @param done counted down when a run ends
     */
    public VtPinger(VtPonger ponger, Done done) {
        this.ponger = ponger;
        this.done = done;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Start(int exchanges) -> {
                left = exchanges;
                ponger.tell(new VtPonger.Msg.Ping(this));
            }
            case Msg.Pong() -> {
                if (--left > 0) {
                    ponger.tell(new VtPonger.Msg.Ping(this));
                } else {
                    done.countDown();
                }
            }
        }
    }
}
