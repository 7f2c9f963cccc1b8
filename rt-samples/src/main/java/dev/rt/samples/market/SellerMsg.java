package dev.rt.samples.market;

/** The protocol of a seller: a buyer's requests carry the buyer's handle. */
public sealed interface SellerMsg {

    /**
     * A buyer asks for a price.
     *
     * @param item the item
     * @param buyer who asks, to send the offer to
     */
    record Quote(String item, BuyerHandle buyer) implements SellerMsg {}

    /**
     * A buyer takes an offer.
     *
     * @param item the item
     * @param price the price offered
     */
    record Accept(String item, long price) implements SellerMsg {}

    /** Replies with the takings. */
    record Takings() implements SellerMsg, dev.rt.Request<Long> {}
}
