package dev.rt.samples.ring;

import dev.rt.Request;

/**
 * The protocol of a ring node. Its messages carry {@link NodeHandle}, the handle generated from
 * this very protocol: a node holds the next node's handle, and a token holds the handle of the
 * node that started it.
 */
public sealed interface NodeMsg {

    /**
     * Makes {@code next} the node this one passes tokens to.
     *
     * @param next the next node of the ring
     */
    record Link(NodeHandle next) implements NodeMsg {}

    /**
     * Sends a token {@code hops} hops around the ring; replies with the hops made once it is back.
     *
     * @param hops how many hops; at least 1
     */
    record Start(int hops) implements NodeMsg, Request<Integer> {}

    /**
     * A token on its way.
     *
     * @param left hops still to make
     * @param made hops made so far
     * @param origin the node that started it
     */
    record Token(int left, int made, NodeHandle origin) implements NodeMsg {}

    /**
     * The token is back at its origin.
     *
     * @param made the hops it made
     */
    record Back(int made) implements NodeMsg {}

    /** Replies with the next node's handle. */
    record Next() implements NodeMsg, Request<NodeHandle> {}
}
