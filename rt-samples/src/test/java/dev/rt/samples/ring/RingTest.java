package dev.rt.samples.ring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rt.ActorSystem;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A ring whose messages carry the next node's handle, generated from that very protocol. */
class RingTest {

    @Test
    void tokensGoAroundThroughEachOthersHandles() throws Exception {
        try (ActorSystem system = ActorSystem.create("ring")) {
            List<NodeHandle> ring = Ring.build(system, 50);
            CompletableFuture<Integer> once = ring.get(0).start(50).toCompletableFuture();
            CompletableFuture<Integer> twice = ring.get(7).start(100).toCompletableFuture();
            CompletableFuture<Integer> odd = ring.get(49).start(123).toCompletableFuture();
            assertEquals(50, once.get(30, TimeUnit.SECONDS));
            assertEquals(100, twice.get(30, TimeUnit.SECONDS));
            assertEquals(123, odd.get(30, TimeUnit.SECONDS));
            assertEquals(ring.get(1), ring.get(0).next().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS));
            assertEquals(ring.get(0), ring.get(49).next().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS));
        }
    }
}
