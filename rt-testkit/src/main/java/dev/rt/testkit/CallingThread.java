package dev.rt.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * The executor of a {@link BehaviorTestKit}'s system: runs each turn on the thread that schedules
 * it; the runtime's trampoline runs a turn scheduled from inside another right after it. Past
 * {@link #TURN_LIMIT} turns scheduled in one run, it holds them back instead, so that a runaway
 * behavior fails the test rather than hang it. Threading: any thread; the count is per thread.
 */
final class CallingThread implements Executor {

    /** How many turns one call may run before the kit suspects a runaway behavior. */
    static final int TURN_LIMIT = 10_000;

    /** Per thread: [0] how deep in {@link #execute}, [1] turns scheduled in this run. */
    private final ThreadLocal<int[]> run = ThreadLocal.withInitial(() -> new int[2]);
    private final Queue<Runnable> held = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable turn) {
        int[] r = run.get();
        if (r[0] > 0 && ++r[1] > TURN_LIMIT) {
            held.add(turn); // its cell stays scheduled: nothing else runs it meanwhile
            return;
        }
        r[0]++;
        try {
            turn.run();
        } finally {
            if (--r[0] == 0) {
                r[1] = 0;
            }
        }
    }

    boolean holds() {
        return !held.isEmpty();
    }

    List<Runnable> takeHeld() {
        List<Runnable> out = new ArrayList<>();
        Runnable r;
        while ((r = held.poll()) != null) {
            out.add(r);
        }
        return out;
    }
}
