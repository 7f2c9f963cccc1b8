package dev.rt.samples.market;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;
import java.util.Map;

/** Quotes prices from its list and counts the takings. */
@ActorBehavior
public final class Seller implements Actor<SellerMsg> {
    private final Map<String, Long> prices;
    private long takings;

    /**
     * Creates a seller.
     *
     * @param prices what it sells, and at what price
     */
    public Seller(Map<String, Long> prices) {
        this.prices = Map.copyOf(prices);
    }

    void on(SellerMsg.Quote m, SellerHandle self) {
        m.buyer().offer(m.item(), prices.getOrDefault(m.item(), -1L), self);
    }

    void on(SellerMsg.Accept m) {
        takings += m.price();
    }

    long on(SellerMsg.Takings m) {
        return takings;
    }
}
