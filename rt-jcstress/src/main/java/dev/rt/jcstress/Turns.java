package dev.rt.jcstress;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executors the tests give their actor systems: they decide on which thread an actor's turn
 * runs, so that a test can make the turn race the other threads exactly where it wants.
 */
abstract sealed class Turns implements Executor {

    /** How many turns the runtime has handed over so far. */
    final AtomicInteger submissions = new AtomicInteger();

    /**
     * Runs each turn at once, on the thread that schedules it (the one that sends the message or
     * the signal, or the one whose turn ends and finds more work). A turn scheduled while this
     * thread is already running one runs right after it, in a loop rather than nested, so the
     * stack stays flat however many turns follow each other.
     */
    static final class Inline extends Turns {
        private static final ThreadLocal<ArrayDeque<Runnable>> RUNNING = new ThreadLocal<>();

        @Override
        public void execute(Runnable turn) {
            submissions.incrementAndGet();
            ArrayDeque<Runnable> next = RUNNING.get();
            if (next != null) {
                next.add(turn); // inside a turn on this thread: run it when that turn returns
                return;
            }
            next = new ArrayDeque<>();
            RUNNING.set(next);
            try {
                for (Runnable r = turn; r != null; r = next.poll()) {
                    r.run();
                }
            } finally {
                RUNNING.remove();
            }
        }
    }

    /**
     * Keeps each turn until a test runs it with {@link #runOne} or {@link #runAll}, on the
     * thread of its choice.
     */
    static final class Held extends Turns {
        private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
        /** The thread that handed over the last turn. */
        volatile Thread lastSubmitter;

        @Override
        public void execute(Runnable turn) {
            submissions.incrementAndGet();
            lastSubmitter = Thread.currentThread();
            queue.add(turn);
        }

        /** Runs the oldest held turn on this thread; returns whether there was one. */
        boolean runOne() {
            Runnable turn = queue.poll();
            if (turn == null) {
                return false;
            }
            turn.run();
            return true;
        }

        /** Runs held turns on this thread until none is left; returns how many ran. */
        int runAll() {
            int ran = 0;
            while (runOne()) {
                if (++ran > 10_000) {
                    throw new IllegalStateException("the actor keeps scheduling itself");
                }
            }
            return ran;
        }

        /** {@return how many turns are held} */
        int pending() {
            return queue.size();
        }
    }
}
