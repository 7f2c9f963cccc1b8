package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AskTest {

    private final ManualClock clock = new ManualClock();
    private final RecordingMonitor monitor = new RecordingMonitor();
    private ActorSystem system;

    @BeforeEach
    void start() {
        system = ActorSystem.create("ask",
                ActorSystemConfig.builder().timerService(clock).monitor(monitor).build());
    }

    @AfterEach
    void stop() {
        system.close();
    }

    private static Throwable failureOf(CompletableFuture<?> f) throws InterruptedException {
        try {
            f.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the ask never completed", e);
        }
        throw new AssertionError("the ask succeeded: " + f.join());
    }

    @Test
    void askReturnsTheHandlersValue() {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        c.tell(new Counter.Add(41));
        c.tell(new Counter.Add(1));
        assertEquals(42L, c.ask(new Counter.Get()).toCompletableFuture().join());
    }

    @Test
    void askTimesOutWhenTheClockPassesTheTimeout() throws Exception {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        c.tell(new Counter.Block(entered, release));
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        CompletableFuture<Long> reply =
                c.ask(new Counter.Get(), Duration.ofMillis(200)).toCompletableFuture();
        clock.advance(Duration.ofMillis(199));
        assertFalse(reply.isDone(), "timed out before its time");
        clock.advance(Duration.ofMillis(1));
        Throwable cause = failureOf(reply);
        AskTimeoutException timeout = assertInstanceOf(AskTimeoutException.class, cause);
        assertEquals("/user/c", timeout.path());
        assertEquals("Get", timeout.requestType());
        assertTrue(timeout.getMessage().contains("/user/c"), timeout.getMessage());
        assertTrue(timeout.getMessage().contains("Get"), timeout.getMessage());
        release.countDown();
        // the request is still handled after the timeout: its reply is simply discarded
        assertEquals(0L, c.ask(new Counter.Get()).toCompletableFuture().join());
    }

    @Test
    void anAnsweredAskCancelsItsTimeout() {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        assertEquals(0L, c.ask(new Counter.Get(), Duration.ofHours(1)).toCompletableFuture().join());
        assertEquals(0, clock.pending(), "the timeout of an answered ask is still scheduled");
    }

    @Test
    void askWhoseHandlerThrowsFailsAtOnceWithTheCause() throws Exception {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        CompletableFuture<Long> reply =
                c.ask(new Counter.FailAsk("bad input"), Duration.ofHours(1)).toCompletableFuture();
        Throwable cause = failureOf(reply); // no clock advance: it must not need the timeout
        assertInstanceOf(IllegalArgumentException.class, cause);
        assertEquals("bad input", cause.getMessage());
    }

    @Test
    void askToAStoppedActorFailsAtOnce() throws Exception {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        c.stop();
        monitor.awaitStopped(c.path());
        Throwable cause = failureOf(c.ask(new Counter.Get()).toCompletableFuture());
        ActorTerminatedException e = assertInstanceOf(ActorTerminatedException.class, cause);
        assertEquals("/user/c", e.path());
        assertEquals(1, monitor.all(MonitorEvent.DeadLetter.class).size());
    }

    @Test
    void aHandlerCanReplyLaterWithAStage() throws Exception {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        CompletableFuture<String> later = new CompletableFuture<>();
        CompletableFuture<String> reply =
                c.ask(new Counter.Later(later), Duration.ofHours(1)).toCompletableFuture();
        c.ask(new Counter.Get()).toCompletableFuture().join(); // the Later has been handled
        assertFalse(reply.isDone());
        later.complete("done");
        assertEquals("done", reply.get(30, TimeUnit.SECONDS));
    }

    @Test
    void aFailedReplyStageFailsTheAsk() throws Exception {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        CompletableFuture<String> later = new CompletableFuture<>();
        CompletableFuture<String> reply =
                c.ask(new Counter.Later(later), Duration.ofHours(1)).toCompletableFuture();
        later.completeExceptionally(new IllegalStateException("downstream"));
        assertEquals("downstream", failureOf(reply).getMessage());
    }

    @Test
    void askRejectsARequestOfAnotherProtocol() {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        record Foreign() implements Request<String> {}
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> c.ask(new Foreign()));
        assertTrue(e.getMessage().contains("is not a message of"), e.getMessage());
    }

    @Test
    void askRejectsANonPositiveTimeout() {
        ActorRef<Counter.Msg> c = Counter.spawn(system, "c");
        assertThrows(IllegalArgumentException.class,
                () -> c.ask(new Counter.Get(), Duration.ZERO));
    }
}
