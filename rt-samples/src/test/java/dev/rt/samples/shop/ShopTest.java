package dev.rt.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.AskTimeoutException;
import dev.rt.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Nested groups, a group handler, direct and later replies, a context parameter. */
class ShopTest {

    private final ManualClock clock = new ManualClock();
    private final ActorSystem system =
            ActorSystem.create("shop", ActorSystemConfig.builder().timerService(clock).build());
    private final ShopHandle shop = ShopHandle.spawn(system, "shop", Shop::new);

    @AfterEach
    void close() {
        system.close();
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    @Test
    void leafHandlersOfNestedGroups() throws Exception {
        shop.addStock("apple", 10);
        assertEquals(10, await(shop.stockOf("apple")));
        assertEquals("shop-1", await(shop.place("apple", 3)));
        assertEquals(7, await(shop.stockOf("apple")));
    }

    @Test
    void aFailingRequestFailsOnlyThatAsk() throws Exception {
        CompletableFuture<String> order = shop.place("pear", 1).toCompletableFuture();
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> order.get(30, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals("only 0 of pear in stock", e.getCause().getMessage());
    }

    @Test
    void aGroupHandlerCoversEveryLeafOfItsGroup() throws Exception {
        shop.audit();
        shop.note("hello");
        assertEquals(List.of("Audit", "Note"), await(shop.adminLog()));
    }

    @Test
    void aLaterReplyCompletesTheAsk() throws Exception {
        assertEquals(10.0, await(shop.quote("apple", 4)));
    }

    @Test
    void anUnansweredAskTimesOutOnTheManualClock() throws Exception {
        CompletableFuture<String> stalled =
                shop.stall(Duration.ofSeconds(2)).toCompletableFuture();
        await(shop.stockOf("x")); // the Stall has been handled: its stage is pending
        clock.advance(Duration.ofMillis(1999));
        assertFalse(stalled.isDone());
        clock.advance(Duration.ofMillis(1));
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> stalled.get(30, TimeUnit.SECONDS));
        AskTimeoutException timeout = assertInstanceOf(AskTimeoutException.class, e.getCause());
        assertEquals("/user/shop", timeout.path());
        assertEquals("Stall", timeout.requestType());
    }
}
