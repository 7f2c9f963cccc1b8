package dev.rt.leak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.ManualClock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * The stack must not grow with the number of turns an actor runs in a row. An {@code Executor}
 * may run a task at once on the calling thread ({@code Runnable::run}, the "direct executor" of
 * the {@link Executor} javadoc, and a natural choice for a deterministic test). When a turn ends
 * and finds more work, the cell schedules its next turn from inside the ending one, so with such
 * an executor each turn runs nested in the previous one: a stack leak, which ends in a {@code
 * StackOverflowError} once enough turns follow each other. The turn's catch-all swallows the
 * error, and the message that was being handled is lost: neither handled, nor reported as a
 * failure or a dead letter.
 *
 * <p>Here an actor counts down from {@value #TURNS} by telling itself the next number, one
 * message per turn ({@code throughput(1)}; with the default of 32 the same happens 32 times
 * later). Every message must be handled.
 */
class CallingThreadExecutorTest {

    private static final int TURNS = 100_000;

    @Test
    void manyTurnsInARowOnACallingThreadExecutor() {
        Executor direct = Runnable::run;
        try (ActorSystem system = ActorSystem.create("direct", ActorSystemConfig.builder()
                .executor(direct)
                .timerService(new ManualClock())
                .throughput(1)
                .build())) {
            ActorRef<Sink.Msg> sink = system.spawn("sink", Sink::new, Sink.SinkDescriptor.INSTANCE);
            Throwable thrown = null;
            try {
                sink.tell(new Sink.Countdown(TURNS)); // one turn per message: TURNS + 1 turns
            } catch (StackOverflowError e) {
                thrown = e;
            }
            CompletableFuture<Long> handled =
                    sink.ask(new Sink.Sync(), Duration.ofSeconds(1)).toCompletableFuture();
            assertEquals(null, thrown == null ? null : thrown.toString(),
                    "tell threw out of the runtime");
            assertEquals(TURNS + 1L, handled.getNow(-1L),
                    "the countdown messages handled (-1: the actor no longer answers)");
        }
    }
}
