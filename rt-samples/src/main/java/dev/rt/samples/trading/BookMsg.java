package dev.rt.samples.trading;

import dev.rt.Request;

/** The protocol of {@link OrderBook}. */
public sealed interface BookMsg {

    /**
     * Records an accepted order.
     *
     * @param order the order
     */
    record Record(Order order) implements BookMsg {}

    /** Asks how many orders the book holds. */
    record Size() implements BookMsg, Request<Integer> {}
}
