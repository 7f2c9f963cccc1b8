package dev.rt.samples.trading;

import dev.rt.annotation.Child;
import dev.rt.annotation.Restart;
import dev.rt.annotation.Strategy;
import dev.rt.annotation.Supervisor;

/**
 * The supervised trading system. REST_FOR_ONE: when a child fails, it and the children declared
 * after it (which depend on it) restart; those before it run on. At most 3 restarts a minute.
 */
@Supervisor(strategy = Strategy.REST_FOR_ONE, intensity = 3, periodSeconds = 60)
public abstract class TradingSystem {

    private final Exchange exchange;

    /**
     * Creates the tree's factories.
     *
     * @param exchange the exchange the feed connects to
     */
    protected TradingSystem(Exchange exchange) {
        this.exchange = exchange;
    }

    /*
     * The executor sends every order to the market: if it ever hangs, trading stops without a
     * failure to restart it. Its supervisor probes its mailbox every 10 s, and restarts it when it
     * does not answer within 2 s.
     */
    @Child(healthIntervalMillis = 10_000, healthTimeoutMillis = 2_000)
    OrderExecutor executor() {
        return new OrderExecutor();
    }

    @Child
    OrderBook book() {
        return new OrderBook();
    }

    @Child
    RiskManager risk(OrderExecutorHandle executor, OrderBookHandle book) {
        return new RiskManager(100_000, executor, book);
    }

    @Child(restart = Restart.TRANSIENT, shutdownMillis = 2000)
    MarketDataFeed market(RiskManagerHandle risk) {
        return new MarketDataFeed("AAPL", exchange, risk);
    }
}
