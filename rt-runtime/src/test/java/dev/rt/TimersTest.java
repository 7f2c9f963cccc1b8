package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.annotation.Strategy;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Actor timers, driven by a manual clock. */
class TimersTest {

    private final ManualClock clock = new ManualClock();
    private final RecordingMonitor monitor = new RecordingMonitor();
    private final ActorSystem system = ActorSystem.create("timers",
            ActorSystemConfig.builder().timerService(clock).monitor(monitor).build());

    @AfterEach
    void close() {
        system.close();
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> s) throws Exception {
        return s.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    private static List<String> ticks(ActorRef<Ticker.Msg> t) throws Exception {
        return await(t.ask(new Ticker.Seen(), Duration.ofDays(1)));
    }

    @Test
    void singleAndPeriodicTimersFireOnTheClock() throws Exception {
        ActorRef<Ticker.Msg> t = Ticker.spawn(system, "t", Ticker.journal());
        await(t.ask(new Ticker.Periodic("p", Duration.ofSeconds(1)), Duration.ofDays(1)));
        await(t.ask(new Ticker.Single("s", Duration.ofMillis(1500)), Duration.ofDays(1)));
        clock.advance(Duration.ofMillis(999));
        assertEquals(List.of(), ticks(t));
        clock.advance(Duration.ofMillis(1));
        assertEquals(List.of("tick:p"), ticks(t));
        clock.advance(Duration.ofSeconds(2)); // p at 2 s and 3 s, s at 1.5 s
        assertEquals(List.of("tick:p", "tick:s", "tick:p", "tick:p"), ticks(t));
    }

    @Test
    void restartingAKeyReplacesItAndCancelStopsIt() throws Exception {
        ActorRef<Ticker.Msg> t = Ticker.spawn(system, "t", Ticker.journal());
        await(t.ask(new Ticker.Single("k", Duration.ofSeconds(1)), Duration.ofDays(1)));
        await(t.ask(new Ticker.Single("k", Duration.ofSeconds(5)), Duration.ofDays(1)));
        clock.advance(Duration.ofSeconds(4));
        assertEquals(List.of(), ticks(t), "the replaced timer fired");
        assertFalse(await(t.ask(new Ticker.Cancel("k"), Duration.ofDays(1))));
        clock.advance(Duration.ofSeconds(10));
        assertEquals(List.of(), ticks(t), "the cancelled timer fired");
    }

    @Test
    void aFiringQueuedBehindTheCancelIsNotDelivered() throws Exception {
        ActorRef<Ticker.Msg> t = Ticker.spawn(system, "t", Ticker.journal());
        await(t.ask(new Ticker.Single("k", Duration.ofSeconds(1)), Duration.ofDays(1)));
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        t.tell(new Ticker.Block(entered, release));
        entered.await(30, TimeUnit.SECONDS);
        t.tell(new Ticker.Cancel("k"));       // queued first
        clock.advance(Duration.ofSeconds(1)); // the firing is queued behind the cancel
        release.countDown();
        assertEquals(List.of(), ticks(t), "a cancelled timer delivered its message");
    }

    @Test
    void aFiringQueuedBeforeTheCancelIsDeliveredInOrder() throws Exception {
        ActorRef<Ticker.Msg> t = Ticker.spawn(system, "t", Ticker.journal());
        await(t.ask(new Ticker.Single("k", Duration.ofSeconds(1)), Duration.ofDays(1)));
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        t.tell(new Ticker.Block(entered, release));
        entered.await(30, TimeUnit.SECONDS);
        clock.advance(Duration.ofSeconds(1)); // the firing is queued first
        t.tell(new Ticker.Cancel("k"));
        release.countDown();
        assertEquals(List.of("tick:k"), ticks(t), "the mailbox is FIFO");
    }

    @Test
    void timersAreCancelledOnRestartAndOnStop() throws Exception {
        List<String> seen = Ticker.journal();
        Supervisor sup = Supervisor.start(system, "sup", SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
                .child(ChildSpec.worker("t", () -> new Ticker(seen), Ticker.TickerDescriptor.INSTANCE))
                .build());
        ActorRef<Ticker.Msg> t = sup.child("t");
        await(t.ask(new Ticker.Periodic("p", Duration.ofSeconds(1)), Duration.ofDays(1)));
        t.tell(new Ticker.Crash());
        monitor.await(1, e -> e instanceof MonitorEvent.ActorRestarted);
        clock.advance(Duration.ofSeconds(5));
        assertEquals(List.of(), ticks(t), "a timer of the old incarnation fired");

        await(t.ask(new Ticker.Periodic("p", Duration.ofSeconds(1)), Duration.ofDays(1)));
        sup.stop();
        monitor.awaitStopped("/user/sup");
        int before = clock.pending();
        clock.advance(Duration.ofSeconds(5));
        assertEquals(0, monitor.all(MonitorEvent.DeadLetter.class).size(),
                "a stopped actor's timer still sent messages (" + before + " pending)");
    }

    @Test
    void aNegativeDelayIsRejectedLikeANonPositiveInterval() throws Exception {
        ActorRef<Ticker.Msg> t = Ticker.spawn(system, "t", Ticker.journal());
        ExecutionException single = assertThrows(ExecutionException.class, () -> await(
                t.ask(new Ticker.Single("late", Duration.ofSeconds(-1)), Duration.ofDays(1))));
        IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class,
                single.getCause());
        assertTrue(e.getMessage().contains("single timer 'late'"), e.getMessage());
        assertTrue(e.getMessage().contains("PT-1S"), e.getMessage());
        assertTrue(e.getMessage().contains("Duration.ZERO"), e.getMessage());

        ActorRef<Ticker.Msg> u = Ticker.spawn(system, "u", Ticker.journal());
        ExecutionException periodic = assertThrows(ExecutionException.class, () -> await(
                u.ask(new Ticker.Periodic("busy", Duration.ZERO), Duration.ofDays(1))));
        IllegalArgumentException p = assertInstanceOf(IllegalArgumentException.class,
                periodic.getCause());
        assertTrue(p.getMessage().contains("periodic timer 'busy'"), p.getMessage());
        assertTrue(p.getMessage().contains("PT0S"), p.getMessage());
    }

    @Test
    void aZeroDelaySendsAsSoonAsPossible() throws Exception {
        ActorRef<Ticker.Msg> t = Ticker.spawn(system, "t", Ticker.journal());
        await(t.ask(new Ticker.Single("now", Duration.ZERO), Duration.ofDays(1)));
        assertTrue(clock.pendingDelays().contains(Duration.ZERO), "" + clock.pendingDelays());
        clock.advance(Duration.ZERO); // a manual clock runs what is due now, without moving
        assertEquals(List.of("tick:now"), ticks(t));
    }
}
