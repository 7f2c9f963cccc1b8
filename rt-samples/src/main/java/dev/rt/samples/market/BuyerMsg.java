package dev.rt.samples.market;

import dev.rt.Request;

/** The protocol of a buyer: a seller's offers carry the seller's handle. */
public sealed interface BuyerMsg {

    /**
     * Asks {@code seller} for {@code item}; replies with the price paid, or -1 if none was offered.
     *
     * @param item what to buy
     * @param seller whom to ask
     */
    record Shop(String item, SellerHandle seller) implements BuyerMsg, Request<Long> {}

    /**
     * A seller's offer.
     *
     * @param item the item
     * @param price its price, or -1 if the seller has none
     * @param seller who offers it, to accept it with
     */
    record Offer(String item, long price, SellerHandle seller) implements BuyerMsg {}
}
