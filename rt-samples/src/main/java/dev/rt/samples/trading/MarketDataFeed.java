package dev.rt.samples.trading;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;

/** Connects to the exchange and passes prices to the risk manager. */
@ActorBehavior
public final class MarketDataFeed implements Actor<FeedMsg> {

    private final String symbol;
    private final Exchange exchange;
    private final RiskManagerHandle risk;
    private boolean connected;

    /**
     * Creates a feed.
     *
     * @param symbol the symbol it follows
     * @param exchange where prices come from
     * @param risk where prices go
     */
    public MarketDataFeed(String symbol, Exchange exchange, RiskManagerHandle risk) {
        this.symbol = symbol;
        this.exchange = exchange;
        this.risk = risk;
    }

    @Override
    public void preStart(ActorContext<FeedMsg> context) {
        context.self().tell(new FeedMsg.Connect()); // connect first, before any quote
    }

    void on(FeedMsg.Connect m) {
        exchange.connect(symbol);
        connected = true;
    }

    void on(FeedMsg.Quote m) {
        risk.marketPrice(symbol, m.price());
    }

    boolean on(FeedMsg.Connected m) {
        return connected;
    }
}
