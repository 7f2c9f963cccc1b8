package dev.rt.samples.trading;

import dev.rt.Actor;
import dev.rt.annotation.ActorBehavior;
import java.util.ArrayList;
import java.util.List;

/** Keeps the accepted orders. */
@ActorBehavior
public final class OrderBook implements Actor<BookMsg> {

    private final List<Order> orders = new ArrayList<>();

    /** Creates an empty book. */
    public OrderBook() {}

    void on(BookMsg.Record m) {
        orders.add(m.order());
    }

    int on(BookMsg.Size m) {
        return orders.size();
    }
}
