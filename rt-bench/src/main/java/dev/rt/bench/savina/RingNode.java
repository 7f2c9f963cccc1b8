package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina ThreadRing: one actor of the ring, which passes a token on to the next one. */
@ActorBehavior
public final class RingNode implements Actor<RingNode.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Sets the next actor of the ring.
         *
         * @param next the next actor
         */
        record Data(RingNodeHandle next) implements Msg {}

        /**
         * The token.
         *
         * @param pingsLeft hops left
         */
        record Ping(int pingsLeft) implements Msg {}

        /**
         * Stops the ring, one actor after the other.
         *
         * @param exitsLeft actors left to stop
         */
        record Exit(int exitsLeft) implements Msg {}
    }

    private final int ringSize;
    private final Done done;
    private RingNodeHandle next;

    /**
     * Creates one actor of the ring.
     *
     * @param ringSize the number of actors in the ring
     * @param done counted down when it stops
     */
    public RingNode(int ringSize, Done done) {
        this.ringSize = ringSize;
        this.done = done;
    }

    void on(Msg.Data m) {
        next = m.next();
    }

    void on(Msg.Ping m) {
        if (m.pingsLeft() > 0) {
            next.ping(m.pingsLeft() - 1);
        } else {
            next.exit(ringSize);
        }
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        if (m.exitsLeft() > 0) {
            next.exit(m.exitsLeft() - 1);
        }
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
