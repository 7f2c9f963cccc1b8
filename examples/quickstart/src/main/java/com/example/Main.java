package com.example;

import dev.rt.ActorSystem;
import java.time.Duration;

/** The README's quick start; the build runs it and fails if the counter does not count. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        try (ActorSystem system = ActorSystem.create("demo")) {
            CounterHandle counter = CounterHandle.spawn(system, "counter", Counter::new);  // generated
            counter.increment(5);                                   // tell: never blocks
            long n = counter.get().toCompletableFuture().join();    // ask: CompletionStage<Long>
            counter.get(Duration.ofMillis(200));                    // ask with an explicit timeout
            if (n != 5) {
                throw new AssertionError("expected 5, got " + n);
            }
            System.out.println("counter = " + n);
        }
    }
}
