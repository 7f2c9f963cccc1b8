package dev.rt.supervision;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.Eventually;
import dev.rt.ManualClock;
import dev.rt.MonitorEvent;
import dev.rt.RecordingMonitor;
import dev.rt.annotation.Strategy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/**
 * What the supervision tests share: a system on a manual clock, whose events a {@link
 * RecordingMonitor} records, and a journal for their {@link Worker}s; the system is closed after
 * each test. The waits are bounded (30 s) and on events, the monitor's or the clock's: no test
 * sleeps.
 */
abstract class SupervisionFixture {

    final ManualClock clock = new ManualClock();
    final RecordingMonitor monitor = new RecordingMonitor();
    final Worker.Journal journal = new Worker.Journal();
    final ActorSystem system;

    /** @param systemName the name of the test's system */
    SupervisionFixture(String systemName) {
        system = ActorSystem.create(systemName, ActorSystemConfig.builder()
                .timerService(clock).monitor(monitor).build());
    }

    @AfterEach
    void close() {
        system.close();
    }

    static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** {@return why the stage failed; fails the test if it completes normally} */
    static Throwable failure(CompletionStage<?> stage) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> stage.toCompletableFuture().get(30, TimeUnit.SECONDS));
        return e.getCause();
    }

    /** Starts the supervisor {@code /user/s}, which allows 10 restarts in 10 seconds. */
    Supervisor start(Strategy strategy, ChildSpec<?>... children) {
        SupervisorSpec.Builder b = SupervisorSpec.builder(strategy)
                .intensity(10, Duration.ofSeconds(10));
        for (ChildSpec<?> c : children) {
            b.child(c);
        }
        return Supervisor.start(system, "s", b.build());
    }

    /** Waits until the actor at {@code path} has been restarted {@code n} times. */
    void awaitRestarts(String path, int n) throws InterruptedException {
        monitor.await(n, e -> e instanceof MonitorEvent.ActorRestarted r && r.path().equals(path));
    }

    /** Waits (bounded, no sleeping) until the manual clock holds {@code n} timers. */
    void awaitTimers(int n) {
        Eventually.await(() -> clock.pending() >= n,
                () -> "expected " + n + " timers, have " + clock.pending());
    }

    /** Waits, bounded, until the clock holds exactly these timers (relative to now). */
    void awaitTimers(Duration... delays) {
        List<Duration> expected = List.of(delays);
        Eventually.await(() -> clock.pendingDelays().equals(expected),
                () -> "expected timers " + expected + ", have " + clock.pendingDelays());
    }
}
