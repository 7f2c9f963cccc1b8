package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Eventually;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Waiting for an ask's reply ({@link AskPromise#join}, {@link AskPromise#get}): a platform thread
 * spins briefly before it parks, and whichever way the wait ends, it ends as {@link
 * CompletableFuture}'s does: the reply, the failure, the timeout of {@code get}, an interrupt.
 * The replies here come after the waiter has parked (the test waits for its thread's state), so
 * the path after the spin is the one checked; how much the spin saves is measured in JMH (change
 * 15 in docs/benchmarks.md).
 */
class AskPromiseWaitTest {

    private static final long WAIT_SECONDS = 60;

    private static AskPromise<String> promise() {
        return new AskPromise<>("request", "/user/test", Duration.ofSeconds(5));
    }

    /** Runs {@code waiter} on a new platform thread and completes the promise once it parks. */
    private static Object completeWhenParked(Waiter waiter, Runnable complete)
            throws Exception {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            try {
                outcome.set(waiter.await());
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        // no event marks a thread parking: its state is read again until it is
        Eventually.holds(() -> parked(t) || !t.isAlive());
        assertTrue(parked(t), "the waiter should park after its spin: " + t.getState());
        complete.run();
        t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        return outcome.get();
    }

    private static boolean parked(Thread t) {
        Thread.State s = t.getState();
        return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING;
    }

    @FunctionalInterface
    private interface Waiter {
        Object await() throws Exception;
    }

    @Test
    void joinReturnsAReplyThatComesAfterTheWaiterParked() throws Exception {
        AskPromise<String> p = promise();
        Object got = completeWhenParked(p::join, () -> p.reply("pong"));
        assertEquals("pong", got);
    }

    @Test
    void getReturnsAReplyThatComesAfterTheWaiterParked() throws Exception {
        AskPromise<String> p = promise();
        Object got = completeWhenParked(p::get, () -> p.reply("pong"));
        assertEquals("pong", got);
    }

    @Test
    void aFailureEndsTheWaitAsCompletableFuturesDoes() throws Exception {
        IllegalStateException cause = new IllegalStateException("handler failed");
        AskPromise<String> joined = promise();
        Object byJoin = completeWhenParked(joined::join, () -> joined.fail(cause));
        assertTrue(byJoin instanceof CompletionException, "join: " + byJoin);
        assertSame(cause, ((Throwable) byJoin).getCause());

        AskPromise<String> got = promise();
        Object byGet = completeWhenParked(got::get, () -> got.fail(cause));
        assertTrue(byGet instanceof ExecutionException, "get: " + byGet);
        assertSame(cause, ((Throwable) byGet).getCause());
    }

    @Test
    void aTimedGetWithoutAReplyTimesOutAndItsSpinCountsTowardsTheTimeout() {
        AskPromise<String> p = promise();
        assertThrows(TimeoutException.class, () -> p.get(0, TimeUnit.NANOSECONDS));
        assertThrows(TimeoutException.class, () -> p.get(5, TimeUnit.MICROSECONDS),
                "a timeout shorter than the spin ends in the spin's stead");
        assertThrows(TimeoutException.class, () -> p.get(2, TimeUnit.MILLISECONDS));
    }

    @Test
    void aTimedGetReturnsAReplyThatComesAfterTheWaiterParked() throws Exception {
        AskPromise<String> p = promise();
        Object got = completeWhenParked(() -> p.get(WAIT_SECONDS, TimeUnit.SECONDS),
                () -> p.reply("pong"));
        assertEquals("pong", got);
    }

    @Test
    void anInterruptedWaiterGetsInterruptedException() {
        AskPromise<String> p = promise();
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptedException.class, p::get);
        } finally {
            Thread.interrupted(); // whatever happened, the test thread goes on uninterrupted
        }
    }

    @Test
    void aVirtualThreadWaitsWithoutSpinningAndGetsTheReply() throws Exception {
        AskPromise<String> p = promise();
        AtomicReference<String> got = new AtomicReference<>();
        Thread t = Thread.ofVirtual().start(() -> got.set(p.join()));
        p.reply("pong");
        t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertEquals("pong", got.get());
    }

    @Test
    void aCompletedPromiseIsReturnedAtOnce() throws Exception {
        AskPromise<String> p = promise();
        p.reply("pong");
        assertEquals("pong", p.join());
        assertEquals("pong", p.get());
        assertEquals("pong", p.get(0, TimeUnit.NANOSECONDS));
    }
}
