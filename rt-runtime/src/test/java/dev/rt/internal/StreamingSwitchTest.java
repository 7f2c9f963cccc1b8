package dev.rt.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.ActorSystemConfig;
import dev.rt.TestDescriptor;
import dev.rt.spi.BehaviorDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When a mailbox switches from its linked queue to the streaming array ({@link
 * CellMailbox#UPGRADE_AFTER}): after the actor has taken that many messages with another
 * behind each, or as soon as a sender finds the actor behind for that many in a row (each sent
 * while the one before it still waited); never for an actor that takes its messages one at a
 * time. Turns run only when the test runs them (a user executor that holds them), so what
 * waits in the mailbox is exact.
 */
class StreamingSwitchTest {

    private static final int SWITCH = CellMailbox.UPGRADE_AFTER;

    /** Records every number it is sent, in the order it handles them. */
    record Recorder(List<Integer> seen) implements Actor<Integer> {
        static final BehaviorDescriptor<Recorder, Integer> DESCRIPTOR =
                TestDescriptor.of(Integer.class,
                        (actor, message, context, replier) -> actor.seen().add(message));
    }

    /**
     * An executor that holds every turn until the test runs it on its own thread, and once the
     * test is done runs them as they come, so that the system's close finds its turns run.
     */
    private static final class Held implements Executor {
        private final ConcurrentLinkedQueue<Runnable> turns = new ConcurrentLinkedQueue<>();
        private volatile boolean inline;

        @Override
        public void execute(Runnable turn) {
            if (inline) {
                turn.run();
            } else {
                turns.add(turn);
            }
        }

        void runInline() {
            inline = true;
            runAll();
        }

        void runAll() {
            Runnable turn;
            while ((turn = turns.poll()) != null) {
                turn.run();
            }
        }
    }

    private final Held held = new Held();
    private final List<Integer> seen = new ArrayList<>();

    private ActorSystem system;

    @BeforeEach
    void start() {
        system = ActorSystem.create("streaming-switch",
                ActorSystemConfig.builder().executor(held).throughput(1_000_000).build());
    }

    @AfterEach
    void close() {
        held.runInline(); // so that the close's turns run as they come
        system.close();
    }

    /** Spawns the recorder and runs its start, so it is idle with an empty mailbox. */
    private ActorRef<Integer> recorder() {
        ActorRef<Integer> ref = system.spawn("recorder", () -> new Recorder(seen),
                Recorder.DESCRIPTOR);
        held.runAll();
        return ref;
    }

    private static boolean streams(ActorRef<Integer> ref) {
        return ((LocalRef<?>) ref).cell.streams();
    }

    @Test
    void aSenderThatFindsTheThresholdWaitingSwitches() {
        ActorRef<Integer> ref = recorder();
        for (int i = 0; i < SWITCH - 1; i++) {
            ref.tell(i);
        }
        assertFalse(streams(ref), (SWITCH - 1) + " waiting messages switched the mailbox");

        ref.tell(SWITCH - 1);
        assertTrue(streams(ref), SWITCH + " waiting messages, none taken, and no switch");

        for (int i = SWITCH; i < 3 * SWITCH; i++) { // into the array, behind the backlog
            ref.tell(i);
        }
        held.runAll();
        assertEquals(IntStream.range(0, 3 * SWITCH).boxed().toList(), seen,
                "the backlog in the linked queue, then the array's messages, in order");
    }

    @Test
    void anActorThatKeepsUpKeepsTheLinkedQueue() {
        ActorRef<Integer> ref = recorder();
        int sent = 4 * SWITCH;
        for (int i = 0; i < sent; i++) {
            ref.tell(i);
            held.runAll(); // taken at once: nothing waits behind it
        }
        assertFalse(streams(ref), "switched an actor that took " + sent
                + " messages one at a time, none behind another");
        assertEquals(IntStream.range(0, sent).boxed().toList(), seen);
    }

    @Test
    void anActorThatTakesFromABacklogSwitches() {
        ActorRef<Integer> ref = recorder();
        int n = 0;
        for (int pair = 0; pair < SWITCH - 1; pair++) {
            ref.tell(n++);
            ref.tell(n++);
            held.runAll(); // the first of the two is taken with the second behind it
        }
        assertFalse(streams(ref), (SWITCH - 1) + " takes with a message behind switched");

        ref.tell(n++);
        ref.tell(n++);
        held.runAll();
        assertTrue(streams(ref), SWITCH + " takes with a message behind, and no switch");
        for (int i = 0; i < SWITCH; i++) { // into the array
            ref.tell(n++);
        }
        held.runAll();
        assertEquals(IntStream.range(0, n).boxed().toList(), seen);
    }

    @Test
    void aBacklogCountsOnlyWhatTheActorHasNotTaken() {
        ActorRef<Integer> ref = recorder();
        int half = SWITCH / 2;
        for (int i = 0; i < half; i++) {
            ref.tell(i);
        }
        held.runAll(); // takes the first half: the backlog starts again from the next one
        for (int i = half; i < half + SWITCH - 1; i++) {
            ref.tell(i);
        }
        assertFalse(streams(ref), "the taken messages were counted in the backlog");

        ref.tell(half + SWITCH - 1);
        assertTrue(streams(ref), SWITCH + " waiting behind the taken ones, and no switch");
        held.runAll();
        assertEquals(IntStream.range(0, half + SWITCH).boxed().toList(), seen);
    }
}
