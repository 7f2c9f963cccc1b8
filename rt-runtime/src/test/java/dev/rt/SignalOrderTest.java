package dev.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.spi.BehaviorDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A signal that arrives while a turn runs is handled before the next message, and the message
 * the turn took when it saw the signal is handled after it, once, in its place: from the mailbox
 * and from the stash's replay alike (see "Signals go first" in docs/runtime.md). Each test holds
 * a handler on a latch while another actor's watch (a signal that leaves the actor running)
 * reaches the actor, so the turn meets the signal with more messages to take. That a message
 * sent after a signal never overtakes it is a race between threads, checked by the jcstress
 * test {@code StopVsTellDuringTurn}.
 */
class SignalOrderTest {

    private static final long WAIT_SECONDS = 30;

    /**
     * Logs what it handles; {@code Hold} waits on a latch, {@code Stash} is stashed while closed,
     * and {@code Open} unstashes and then waits on its latch.
     */
    static final class Logger implements Actor<Logger.Msg> {
        sealed interface Msg {}

        record Hold(CountDownLatch entered, CountDownLatch release) implements Msg {}

        record Note(String text) implements Msg {}

        record Stash(String text) implements Msg {}

        record Open(CountDownLatch entered, CountDownLatch release) implements Msg {}

        final List<String> log;
        final CountDownLatch done;
        final int expected;
        boolean open;

        Logger(List<String> log, CountDownLatch done, int expected) {
            this.log = log;
            this.done = done;
            this.expected = expected;
        }

        static final BehaviorDescriptor<Logger, Msg> DESCRIPTOR =
                TestDescriptor.of(Msg.class, (actor, message, context, replier) -> {
                    switch (message) {
                        case Hold h -> hold(h.entered(), h.release());
                        case Note n -> actor.note(n.text());
                        case Stash s -> {
                            if (actor.open) {
                                actor.note(s.text());
                            } else {
                                context.stash().stash();
                            }
                        }
                        case Open o -> {
                            actor.open = true;
                            context.stash().unstashAll();
                            hold(o.entered(), o.release());
                        }
                    }
                });

        private void note(String text) {
            log.add(text);
            if (log.size() == expected) {
                done.countDown();
            }
        }

        private static void hold(CountDownLatch entered, CountDownLatch release)
                throws InterruptedException {
            entered.countDown();
            assertTrue(release.await(WAIT_SECONDS, TimeUnit.SECONDS), "never released");
        }
    }

    /** Watches the actor it is told to, then counts down. */
    record Watcher(CountDownLatch watched, CountDownLatch terminated)
            implements Actor<Watcher.WatchIt> {

        record WatchIt(ActorRef<?> other) {}

        static final BehaviorDescriptor<Watcher, WatchIt> DESCRIPTOR =
                TestDescriptor.of(WatchIt.class, (actor, message, context, replier) -> {
                    context.watch(message.other());
                    actor.watched().countDown();
                });

        @Override
        public void onTerminated(Terminated terminated, ActorContext<WatchIt> context) {
            terminated().countDown();
        }
    }

    /** Has {@code target} watched by a new watcher; returns the latch its death counts down. */
    private static CountDownLatch watch(ActorSystem system, ActorRef<?> target)
            throws InterruptedException {
        CountDownLatch watched = new CountDownLatch(1);
        CountDownLatch terminated = new CountDownLatch(1);
        system.spawn("watcher", () -> new Watcher(watched, terminated), Watcher.DESCRIPTOR)
                .tell(new Watcher.WatchIt(target));
        assertTrue(watched.await(WAIT_SECONDS, TimeUnit.SECONDS), "the watcher did not watch");
        return terminated;
    }

    /**
     * One logger in a system of its own, what it is sent and what it must log, in order; and the
     * latches of the handler that holds its turn.
     */
    private static final class Run implements AutoCloseable {
        final ActorSystem system;
        final List<String> log = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch done = new CountDownLatch(1);
        final List<String> expected = new ArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final ActorRef<Logger.Msg> actor;

        Run(String name, int logged) {
            system = ActorSystem.create(name);
            actor = system.spawn("logger", () -> new Logger(log, done, logged),
                    Logger.DESCRIPTOR);
        }

        /** Tells {@code message}, which the logger must log as {@code text}. */
        void tell(Logger.Msg message, String text) {
            actor.tell(message);
            expected.add(text);
        }

        /**
         * Once the held handler has begun, has a watcher watch the logger, so that the watch
         * signal waits for the turn; releases the handler; checks that everything was logged once,
         * in order, and that the watch took effect ({@code where}: where the turn met it).
         */
        void signalWhileHeld(String where) throws InterruptedException {
            assertTrue(entered.await(WAIT_SECONDS, TimeUnit.SECONDS), "never held");
            CountDownLatch terminated = watch(system, actor);
            release.countDown();
            assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS), "handled " + log);
            assertEquals(expected, List.copyOf(log));
            actor.stop();
            assertTrue(terminated.await(WAIT_SECONDS, TimeUnit.SECONDS),
                    "the watch, handled " + where + ", was lost");
        }

        @Override
        public void close() {
            system.close();
        }
    }

    @Test
    void aSignalDuringATurnLeavesTheQueuedMessagesInOrderOnce() throws Exception {
        int notes = 100;
        try (Run run = new Run("signal-order", notes)) {
            run.actor.tell(new Logger.Hold(run.entered, run.release));
            for (int i = 0; i < notes; i++) {
                run.tell(new Logger.Note("n" + i), "n" + i);
            }
            run.signalWhileHeld("in the middle of the turn");
        }
    }

    @Test
    void aSignalWhileUnstashedMessagesReplayKeepsThemAheadOfTheMailbox() throws Exception {
        int stashed = 50;
        int after = 50;
        try (Run run = new Run("signal-order-stash", stashed + after)) {
            for (int i = 0; i < stashed; i++) {
                run.tell(new Logger.Stash("s" + i), "s" + i);
            }
            run.actor.tell(new Logger.Open(run.entered, run.release));
            for (int i = 0; i < after; i++) {
                run.tell(new Logger.Note("n" + i), "n" + i);
            }
            run.signalWhileHeld("in the middle of the replay"); // met at the first replayed take
        }
    }
}
