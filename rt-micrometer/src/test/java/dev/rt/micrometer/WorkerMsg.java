package dev.rt.micrometer;

import dev.rt.Request;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/** The protocol of the test actor. */
public sealed interface WorkerMsg {

    /** @param n added to the total */
    record Work(long n) implements WorkerMsg {}

    /** Replies with the total. */
    record Total() implements WorkerMsg, Request<Long> {}

    /** @param why the handler throws an IllegalStateException with this message */
    record Boom(String why) implements WorkerMsg {}

    /** @param why the handler throws an IllegalArgumentException with this message */
    record BoomAsk(String why) implements WorkerMsg, Request<Long> {}

    /** @param reply the handler replies with this stage, which the test completes */
    record Later(CompletableFuture<String> reply) implements WorkerMsg, Request<String> {}

    /**
     * Holds the actor's thread until {@code release} opens.
     *
     * @param entered opened when the handler starts
     * @param release what the handler waits for
     */
    record Hold(CountDownLatch entered, CountDownLatch release) implements WorkerMsg {}
}
