package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link EventStream#observeAsks}: each ask's duration, on the system's clock (a manual one
 * here, so durations are exact), and its outcome.
 */
class AskObserverTest {

    private final ManualClock clock = new ManualClock();
    private final RecordingMonitor monitor = new RecordingMonitor();
    private final ActorSystem system = ActorSystem.create("asks",
            ActorSystemConfig.builder().timerService(clock).monitor(monitor).build());

    record Seen(String path, Class<?> type, long nanos, Throwable failure) {}

    /** Records each observation, and counts them in a semaphore that tests wait on. */
    static final class Recorder implements AskObserver {
        final List<Seen> seen = new CopyOnWriteArrayList<>();
        final Semaphore told = new Semaphore(0);

        @Override
        public void onAskCompleted(String path, Class<?> type, long nanos, Throwable failure) {
            seen.add(new Seen(path, type, nanos, failure));
            told.release();
        }

        /** Waits for the next observation (told on the thread that completed the ask). */
        void awaitOne() throws InterruptedException {
            assertTrue(told.tryAcquire(30, TimeUnit.SECONDS), "no ask observed; saw " + seen);
        }
    }

    @AfterEach
    void stop() {
        system.close();
    }

    /** Waits for the ask to complete, either way, then for its observation. */
    private static void settle(CompletableFuture<?> f, Recorder r) throws Exception {
        try {
            f.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException expected) {
            // the outcome is asserted through the observer
        }
        r.awaitOne();
    }

    @Test
    void anAnsweredAskIsTimedFromTheCallToTheReplyOnTheSystemsClock() throws Exception {
        Recorder r = new Recorder();
        system.events().observeAsks(r);
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        CompletableFuture<String> later = new CompletableFuture<>();
        CompletableFuture<String> reply =
                c.ask(new Counter.Later(later), Duration.ofHours(1)).toCompletableFuture();
        clock.advance(Duration.ofMillis(7));
        later.complete("done");
        assertEquals("done", reply.get(30, TimeUnit.SECONDS));
        settle(reply, r);
        assertEquals(List.of(new Seen("/user/c", Counter.Later.class,
                Duration.ofMillis(7).toNanos(), null)), r.seen);
    }

    @Test
    void timeoutsFailuresAndDeadLettersAreObservedWithTheirCause() throws Exception {
        Recorder r = new Recorder();
        system.events().observeAsks(r);
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");

        CompletableFuture<String> hanging = c.ask(new Counter.Later(new CompletableFuture<>()),
                Duration.ofMillis(200)).toCompletableFuture();
        clock.advance(Duration.ofMillis(200));
        settle(hanging, r);
        assertInstanceOf(AskTimeoutException.class, r.seen.get(0).failure());
        assertEquals(Duration.ofMillis(200).toNanos(), r.seen.get(0).nanos());

        settle(c.ask(new Counter.FailAsk("bad")).toCompletableFuture(), r);
        assertInstanceOf(IllegalArgumentException.class, r.seen.get(1).failure());
        assertEquals("bad", r.seen.get(1).failure().getMessage());
        assertEquals(0, r.seen.get(1).nanos(), "the clock did not move");

        c.stop();
        monitor.awaitStopped(c.path());
        settle(c.ask(new Counter.Get()).toCompletableFuture(), r);
        assertInstanceOf(ActorTerminatedException.class, r.seen.get(2).failure());
        assertEquals(Counter.Get.class, r.seen.get(2).type());
    }

    @Test
    void everyObserverSeesEachAskUntilItsRegistrationCloses() throws Exception {
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        EventStream.Subscription sa = system.events().observeAsks(a);
        EventStream.Subscription sb = system.events().observeAsks(b);
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        CompletableFuture<Long> first = c.ask(new Counter.Get()).toCompletableFuture();
        settle(first, a);
        settle(first, b);
        sa.close();
        sa.close(); // twice: closes nothing more
        CompletableFuture<Long> second = c.ask(new Counter.Get()).toCompletableFuture();
        settle(second, b);
        sb.close();
        assertEquals(0L, c.ask(new Counter.Get()).toCompletableFuture().get(30, TimeUnit.SECONDS));
        assertEquals(1, a.seen.size());
        assertEquals(2, b.seen.size());
        assertNull(b.seen.get(1).failure());
    }

    @Test
    void anObserverThatThrowsDoesNotHurtTheAsk() throws Exception {
        system.events().observeAsks((path, type, nanos, failure) -> {
            throw new IllegalStateException("observer bug");
        });
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        assertEquals(0L, c.ask(new Counter.Get()).toCompletableFuture().get(30, TimeUnit.SECONDS));
        assertThrows(NullPointerException.class, () -> system.events().observeAsks(null));
        assertEquals(0, system.accounting().failed());
    }
}
