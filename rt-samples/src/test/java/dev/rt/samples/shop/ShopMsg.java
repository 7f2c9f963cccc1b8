package dev.rt.samples.shop;

import dev.rt.Request;

/** A protocol with nested sealed groups and several kinds of request. */
public sealed interface ShopMsg {

    /** Stock keeping. */
    sealed interface Inventory extends ShopMsg {
        record AddStock(String sku, int qty) implements Inventory {}

        record StockOf(String sku) implements Inventory, Request<Integer> {}
    }

    /** Orders. */
    sealed interface Orders extends ShopMsg {
        record Place(String sku, int qty) implements Orders, Request<String> {}

        record Cancel(String orderId) implements Orders {}
    }

    /** Handled by one group handler. */
    sealed interface Admin extends ShopMsg {
        record Audit() implements Admin {}

        record Note(String text) implements Admin {}
    }

    /** Replies later, computed off the actor's thread. */
    record Quote(String sku, int qty) implements ShopMsg, Request<Double> {}

    /** Never replies: its stage never completes. */
    record Stall() implements ShopMsg, Request<String> {}

    /** Lists what the admin group handler saw. */
    record AdminLog() implements ShopMsg, Request<java.util.List<String>> {}
}
