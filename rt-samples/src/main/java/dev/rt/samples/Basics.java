package dev.rt.samples;

import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.Monitor;
import dev.rt.MonitorEvent;
import dev.rt.samples.counter.Counter;
import dev.rt.samples.counter.CounterHandle;
import dev.rt.samples.pingpong.Pinger;
import dev.rt.samples.pingpong.PingerHandle;
import dev.rt.samples.pingpong.Ponger;
import dev.rt.samples.pingpong.PongerHandle;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The basics, without supervision: a counter and a ping-pong pair driven through their generated
 * handles, with a failure and what the runtime reports about it. Run it with {@code mvn -pl
 * rt-samples validate exec:exec -Dexec.executable=java -Dexec.args="-cp %classpath dev.rt.samples.Basics"}.
 */
public final class Basics {

    private Basics() {}

    /**
     * Runs the showcase.
     *
     * @param args ignored
     * @throws InterruptedException if interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        CountDownLatch counterStopped = new CountDownLatch(1);
        Monitor monitor = event -> {
            switch (event) {
                case MonitorEvent.ActorFailed f -> say("  monitor: %s failed while handling %s: %s",
                        f.path(), f.messageType(), f.cause());
                case MonitorEvent.ActorStopped s -> {
                    say("  monitor: %s stopped%s", s.path(), s.failed() ? " after a failure" : "");
                    if (s.path().equals("/user/counter")) {
                        counterStopped.countDown();
                    }
                }
                case MonitorEvent.DeadLetter d -> say("  monitor: dead letter to %s: %s (%s)",
                        d.path(), d.message(), d.reason());
                case MonitorEvent.ActorStarted s -> say("  monitor: %s started (%s)", s.path(),
                        s.behavior());
                default -> { } // restarts, backoff and escalations: no supervisor here
            }
        };
        try (ActorSystem system = ActorSystem.create("showcase",
                ActorSystemConfig.builder().monitor(monitor).build())) {

            say("== 1. A counter, through its generated handle");
            CounterHandle counter = CounterHandle.spawn(system, "counter", Counter::new);
            counter.increment(5);
            counter.increment(37);
            say("counter.get() = %d", counter.get().toCompletableFuture().join());

            say("== 2. A failure: the handler of Crash throws");
            counter.crash("simulated fault");
            if (!counterStopped.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the counter did not stop");
            }
            say("the counter is not supervised, so it has stopped; what is sent to it now is"
                    + " reported, never lost:");
            counter.increment(1);
            try {
                counter.get().toCompletableFuture().join();
            } catch (CompletionException e) {
                say("counter.get() failed at once: %s", e.getCause().getMessage());
            }

            say("== 3. Ping-pong between two actors");
            PongerHandle ponger = PongerHandle.spawn(system, "ponger", Ponger::new);
            PingerHandle pinger = PingerHandle.spawn(system, "pinger", Pinger::new);
            int rounds = 100_000;
            long start = System.nanoTime();
            int played = pinger.start(ponger.ref(), rounds).toCompletableFuture().join();
            long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
            say("played %d rounds of ping-pong in %d ms", played, micros / 1000);

            say("== 4. close(): every actor stops, children before parents");
        }
        say("done");
    }

    private static void say(String format, Object... args) {
        Console.say(format, args);
    }
}
