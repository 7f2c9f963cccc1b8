package dev.rt.jcstress;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.ActorTerminatedException;
import dev.rt.AskTimeoutException;
import dev.rt.ManualClock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * One test instance's world, built through RT's public API only: an actor system with the
 * given executor, a {@link ManualClock} for its timeouts and a {@link Fates} as its monitor, and
 * one {@link Recorder} actor in it. Nothing here starts a thread.
 */
final class Rig {

    /** An ask's outcome: not complete yet. */
    static final int PENDING = 0;
    /** An ask's outcome: the reply. */
    static final int REPLIED = 1;
    /** An ask's outcome: {@link AskTimeoutException}. */
    static final int TIMED_OUT = 2;
    /** An ask's outcome: {@link ActorTerminatedException}. */
    static final int TERMINATED = 3;
    /** An ask's outcome: any other failure. */
    static final int OTHER = 4;

    final ManualClock clock = new ManualClock();
    final Fates fates = new Fates();
    final Turns turns;
    final ActorSystem system;
    final ActorRef<Msg> ref;

    /**
     * Builds the system and spawns the recorder. With a {@link Turns.Held} executor, the start
     * turn is run here, so the actor is started and idle when the constructor returns.
     */
    Rig(Turns turns, int throughput, Function<Msg.Query, Object> replies) {
        this(turns, throughput, replies, true);
    }

    /**
     * Builds the system and spawns the recorder; with a {@link Turns.Held} executor, runs the
     * start turn here only if {@code runStart}, else leaves it held.
     */
    Rig(Turns turns, int throughput, Function<Msg.Query, Object> replies, boolean runStart) {
        this.turns = turns;
        this.system = ActorSystem.create("jcstress", ActorSystemConfig.builder()
                .executor(turns)
                .timerService(clock)
                .monitor(fates)
                .throughput(throughput)
                .build());
        this.ref = system.spawn("recorder", () -> new Recorder(fates, replies),
                RecorderDescriptor.INSTANCE);
        if (runStart && turns instanceof Turns.Held held) {
            held.runAll();
        }
    }

    /** A rig whose queries are answered with their number times ten. */
    Rig(Turns turns, int throughput) {
        this(turns, throughput, q -> q.id() * 10);
    }

    /**
     * Tells message {@code id} {@code times} times from the calling thread: a backlog for the
     * tests of the mailbox's switch to its streaming queue.
     */
    void tellTimes(int id, int times) {
        for (int i = 0; i < times; i++) {
            ref.tell(new Msg.Work(id));
        }
    }

    /** {@return the held executor; only for rigs built with one} */
    Turns.Held held() {
        return (Turns.Held) turns;
    }

    /** {@return the outcome of an ask: one of the codes above} */
    static int outcome(CompletionStage<?> stage) {
        CompletableFuture<?> f = stage.toCompletableFuture();
        return switch (f.state()) {
            case RUNNING -> PENDING;
            case SUCCESS -> REPLIED;
            case FAILED -> f.exceptionNow() instanceof AskTimeoutException ? TIMED_OUT
                    : f.exceptionNow() instanceof ActorTerminatedException ? TERMINATED : OTHER;
            case CANCELLED -> OTHER;
        };
    }
}
