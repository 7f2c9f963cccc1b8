package dev.rt.samples.market;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Buys what it is told to, from the seller it is told: it asks a price, then takes it. */
@ActorBehavior
public final class Buyer implements Actor<BuyerMsg> {
    private final Map<String, CompletableFuture<Long>> shopping = new HashMap<>();

    /** Creates a buyer. */
    public Buyer() {}

    CompletionStage<Long> on(BuyerMsg.Shop m, BuyerHandle self) {
        CompletableFuture<Long> paid = new CompletableFuture<>();
        shopping.put(m.item(), paid);
        m.seller().quote(m.item(), self);
        return paid;
    }

    void on(BuyerMsg.Offer m) {
        CompletableFuture<Long> paid = shopping.remove(m.item());
        if (m.price() >= 0) {
            m.seller().accept(m.item(), m.price());
        }
        paid.complete(m.price());
    }
}
