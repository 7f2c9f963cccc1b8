package dev.rt.samples.trading;

/**
 * An order.
 *
 * @param id the order's id; {@code ORDER-FAIL} makes the risk manager crash, for the showcase
 * @param symbol what to trade
 * @param quantity how many
 * @param price at what price
 */
public record Order(String id, String symbol, int quantity, double price) {

    /** {@return the order's notional value} */
    public double notional() {
        return quantity * price;
    }
}
