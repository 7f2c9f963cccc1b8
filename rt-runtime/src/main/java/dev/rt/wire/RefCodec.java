package dev.rt.wire;

import dev.rt.ActorRef;

/**
 * How references travel: a cluster node writes a reference as its node's incarnation and the
 * actor's identity, and reads one back as a reference that reaches that actor (local when it is
 * this node's, remote otherwise). Codecs call it for every {@code ActorRef} or generated handle
 * in a message; without a node ({@link #NONE}) a reference cannot travel.
 *
 * <p>Threading: called on whichever thread encodes or decodes; implementations are thread-safe.
 */
public interface RefCodec {

    /** Refuses every reference: for codecs used outside a cluster node. */
    RefCodec NONE = new RefCodec() {
        @Override
        public void writeRef(ActorRef<?> ref, WireWriter out) {
            throw new IllegalStateException("the message holds a reference (" + ref + "), and"
                    + " references travel only through a cluster node: send it through one");
        }

        @Override
        public <M> ActorRef<M> readRef(WireReader in, WireCodec<M> codec) {
            throw new WireFormatException("the frame holds a reference, and references are read"
                    + " only by a cluster node");
        }
    };

    /**
     * Writes a reference.
     *
     * @param ref the reference, not null
     * @param out where to write it
     * @throws IllegalArgumentException if the reference cannot travel (not made by RT)
     */
    void writeRef(ActorRef<?> ref, WireWriter out);

    /**
     * Reads a reference that {@link #writeRef} wrote.
     *
     * @param in where to read it
     * @param codec the codec of the referenced actor's protocol, for a remote reference's sends
     * @param <M> the protocol
     * @return a reference to the actor
     * @throws WireFormatException if the bytes are not a reference
     */
    <M> ActorRef<M> readRef(WireReader in, WireCodec<M> codec);
}
