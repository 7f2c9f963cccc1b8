package dev.rt.samples.trading;

import dev.rt.Request;
import dev.rt.annotation.WireProtocol;

/**
 * The protocol of {@link RiskManager}.
 *
 * <p>A wire protocol too: the distributed showcase ({@code dev.rt.samples.cluster}) sends it
 * between JVMs.
 */
@WireProtocol
public sealed interface RiskMsg {

    /**
     * An order to check and pass on.
     *
     * @param order the order
     */
    record Submit(Order order) implements RiskMsg {}

    /**
     * The latest market price of a symbol.
     *
     * @param symbol the symbol
     * @param price its price
     */
    record MarketPrice(String symbol, double price) implements RiskMsg {}

    /** Asks for the exposure taken since this instance started. */
    record Exposure() implements RiskMsg, Request<Double> {}
}
