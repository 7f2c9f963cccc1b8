package dev.rt.bench.vt;

import dev.rt.bench.Done;

/**
 * Twin of {@link dev.rt.bench.savina.RingNode}: Savina ThreadRing, one actor of the ring, which
 * passes a token on to the next one.
 */
public final class VtRingNode extends VtActor<VtRingNode.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Sets the next actor of the ring.
         *
         * @param next the next actor
         */
        record Data(VtRingNode next) implements Msg {}

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
    private VtRingNode next;

    /**
     * Creates one actor of the ring.
     *
     * @param ringSize the number of actors in the ring
     * @param done counted down when it stops
     */
    public VtRingNode(int ringSize, Done done) {
        this.ringSize = ringSize;
        this.done = done;
    }

    @Override
    protected void receive(Msg message) {
        switch (message) {
            case Msg.Data(var nextNode) -> next = nextNode;
            case Msg.Ping(int pingsLeft) -> {
                if (pingsLeft > 0) {
                    next.tell(new Msg.Ping(pingsLeft - 1));
                } else {
                    next.tell(new Msg.Exit(ringSize));
                }
            }
            case Msg.Exit(int exitsLeft) -> {
                if (exitsLeft > 0) {
                    next.tell(new Msg.Exit(exitsLeft - 1));
                }
                stop();
            }
        }
    }

    @Override
    protected void postStop() {
        done.countDown();
    }
}
