package dev.rt.samples.shop;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A small shop: every handler shape the processor supports. */
@ActorBehavior
final class Shop implements Actor<ShopMsg> {

    private final Map<String, Integer> stock = new HashMap<>();
    private final Map<String, Integer> orders = new HashMap<>();
    private final List<String> adminLog = new ArrayList<>();
    private int nextOrder = 1;

    void on(ShopMsg.Inventory.AddStock m) {
        stock.merge(m.sku(), m.qty(), Integer::sum);
    }

    int on(ShopMsg.Inventory.StockOf m) {
        return stock.getOrDefault(m.sku(), 0);
    }

    String on(ShopMsg.Orders.Place m, ActorContext<ShopMsg> context) {
        int have = stock.getOrDefault(m.sku(), 0);
        if (have < m.qty()) {
            throw new IllegalStateException("only " + have + " of " + m.sku() + " in stock");
        }
        stock.put(m.sku(), have - m.qty());
        String id = context.self().name() + "-" + nextOrder++;
        orders.put(id, m.qty());
        return id;
    }

    void on(ShopMsg.Orders.Cancel m) {
        orders.remove(m.orderId());
    }

    void on(ShopMsg.Admin m) {
        adminLog.add(m.getClass().getSimpleName());
    }

    CompletionStage<Double> on(ShopMsg.Quote m) {
        int qty = m.qty();
        return CompletableFuture.supplyAsync(() -> qty * 2.5);
    }

    CompletionStage<String> on(ShopMsg.Stall m) {
        return new CompletableFuture<>();
    }

    List<String> on(ShopMsg.AdminLog m) {
        return List.copyOf(adminLog);
    }
}
