package dev.rt.samples.trading;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;
import dev.rt.samples.Console;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks orders against an exposure limit and the market price, records them in the book and
 * passes them to the executor. It crashes on the order {@code ORDER-FAIL}, to show a restart
 * with clean state.
 */
@ActorBehavior
public final class RiskManager implements Actor<RiskMsg> {

    private final double limit;
    private final OrderExecutorHandle executor;
    private final OrderBookHandle book;
    private final Map<String, Double> prices = new HashMap<>();
    private double exposure;

    /**
     * Creates a risk manager with no exposure.
     *
     * @param limit the largest exposure allowed
     * @param executor where accepted orders go
     * @param book where accepted orders are recorded
     */
    public RiskManager(double limit, OrderExecutorHandle executor, OrderBookHandle book) {
        this.limit = limit;
        this.executor = executor;
        this.book = book;
    }

    void on(RiskMsg.Submit m) {
        Order order = m.order();
        if (order.id().equals("ORDER-FAIL")) {
            throw new IllegalStateException("corrupt risk state while checking " + order.id());
        }
        Double market = prices.get(order.symbol());
        if (market != null && Math.abs(order.price() - market) > market * 0.05) {
            Console.say("  risk: rejected %s: price %.2f is more than 5%% off the market %.2f",
                    order.id(), order.price(), market);
            return;
        }
        if (exposure + order.notional() > limit) {
            Console.say("  risk: rejected %s: exposure would pass the limit of %.0f", order.id(),
                    limit);
            return;
        }
        exposure += order.notional();
        book.record(order);
        executor.execute(order);
    }

    void on(RiskMsg.MarketPrice m) {
        prices.put(m.symbol(), m.price());
    }

    double on(RiskMsg.Exposure m) {
        return exposure;
    }
}
