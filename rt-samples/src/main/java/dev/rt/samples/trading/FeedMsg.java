package dev.rt.samples.trading;

import dev.rt.Request;

/** The protocol of {@link MarketDataFeed}. */
public sealed interface FeedMsg {

    /** Connects to the exchange; sent by the feed to itself when it starts. */
    record Connect() implements FeedMsg {}

    /**
     * A price from the exchange, passed on to the risk manager.
     *
     * @param price the price
     */
    record Quote(double price) implements FeedMsg {}

    /** Asks whether the feed is connected. */
    record Connected() implements FeedMsg, Request<Boolean> {}
}
