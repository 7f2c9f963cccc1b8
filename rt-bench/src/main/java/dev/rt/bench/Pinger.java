package dev.rt.bench;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;

/** One side of a ping-pong pair: sends a ping, waits for the pong, and again. */
@ActorBehavior
public final class Pinger implements Actor<Pinger.Msg> {

    /** The pinger's protocol. */
    public sealed interface Msg {
        /**
         * Starts a run of round trips.
         *
         * @param exchanges how many
         */
        record Start(int exchanges) implements Msg {}

        /** The answer to a ping. */
        record Pong() implements Msg {}
    }

    private final PongerHandle ponger;
    private final Done done;
    private PingerHandle self;
    private int left;

    /**
     * Creates a pinger.
     *
     * @param ponger its partner
     * @param done counted down when a run ends
     */
    public Pinger(PongerHandle ponger, Done done) {
        this.ponger = ponger;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        self = PingerHandle.of(context.self());
    }

    void on(Msg.Start m) {
        left = m.exchanges();
        ponger.ping(self);
    }

    void on(Msg.Pong m) {
        if (--left > 0) {
            ponger.ping(self);
        } else {
            done.countDown();
        }
    }
}
