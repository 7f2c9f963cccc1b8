package dev.rt.samples.trading;

import dev.rt.samples.Console;
import java.util.concurrent.atomic.AtomicInteger;

/** A simulated exchange connection whose first attempt fails. Thread-safe. */
public final class Exchange {

    private final AtomicInteger attempts = new AtomicInteger();

    /** Creates the exchange. */
    public Exchange() {}

    /**
     * Connects.
     *
     * @param symbol what to subscribe to
     * @throws IllegalStateException on the first attempt
     */
    public void connect(String symbol) {
        int attempt = attempts.incrementAndGet();
        if (attempt == 1) {
            throw new IllegalStateException("connection to the exchange refused (attempt 1)");
        }
        Console.say("  market: connected to the exchange for %s (attempt %d)", symbol, attempt);
    }
}
