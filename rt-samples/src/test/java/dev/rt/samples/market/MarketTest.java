package dev.rt.samples.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rt.ActorSystem;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two behaviors whose protocols carry each other's handles. */
class MarketTest {

    @Test
    void buyersAndSellersReachEachOtherThroughTheirHandles() throws Exception {
        try (ActorSystem system = ActorSystem.create("market")) {
            SellerHandle grocer = SellerHandle.spawn(system, "grocer",
                    () -> new Seller(Map.of("apple", 30L, "pear", 45L)));
            BuyerHandle ann = BuyerHandle.spawn(system, "ann", Buyer::new);
            BuyerHandle ben = BuyerHandle.spawn(system, "ben", Buyer::new);
            assertEquals(30L, ann.shop("apple", grocer).toCompletableFuture()
                    .get(30, TimeUnit.SECONDS));
            assertEquals(45L, ben.shop("pear", grocer).toCompletableFuture()
                    .get(30, TimeUnit.SECONDS));
            assertEquals(-1L, ben.shop("kiwi", grocer).toCompletableFuture()
                    .get(30, TimeUnit.SECONDS));
            // Accept was sent before the buyer replied; takings answers after it, in order.
            assertEquals(75L, grocer.takings().toCompletableFuture().get(30, TimeUnit.SECONDS));
        }
    }
}
