package dev.rt.samples.pingpong;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rt.ActorSystem;
import org.junit.jupiter.api.Test;

/** Two actors that talk through each other's generated handles. */
class PingPongTest {

    @Test
    void playsEveryRound() {
        try (ActorSystem system = ActorSystem.create("pingpong")) {
            PongerHandle ponger = PongerHandle.spawn(system, "ponger", Ponger::new);
            PingerHandle pinger = PingerHandle.spawn(system, "pinger", Pinger::new);
            assertEquals(10_000, pinger.start(ponger.ref(), 10_000).toCompletableFuture().join());
            // a second game on the same actors
            assertEquals(3, pinger.start(ponger.ref(), 3).toCompletableFuture().join());
        }
    }
}
