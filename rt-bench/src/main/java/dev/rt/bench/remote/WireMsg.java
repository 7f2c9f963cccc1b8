package dev.rt.bench.remote;

import dev.rt.Request;
import dev.rt.annotation.WireProtocol;
import java.time.Instant;

/** What RT's side of the remote benchmarks sends: its codec is generated. */
@WireProtocol
public sealed interface WireMsg {

    /**
     * One message of a stream.
     *
     * @param seq its number
     */
    record Item(long seq) implements WireMsg {}

    /** Replies with how many items have arrived: closes a window of the stream. */
    record Flush() implements WireMsg, Request<Long> {}

    /**
     * Replies with its value: one round trip.
     *
     * @param value the value
     */
    record Echo(long value) implements WireMsg, Request<Long> {}

    /**
     * A realistic message, for the codec benchmark.
     *
     * @param id the order's id
     * @param symbol the instrument
     * @param quantity how many
     * @param price the limit
     * @param side buy or sell
     * @param at when it was placed
     */
    record Order(long id, String symbol, int quantity, double price, Side side, Instant at)
            implements WireMsg {}

    /** A side of an order. */
    enum Side {
        /** Buy. */
        BUY,
        /** Sell. */
        SELL
    }
}
