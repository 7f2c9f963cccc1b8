package dev.rt.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * A carrier thread of a system's own pool. It publishes the turn it runs to the system's {@link
 * Watchdog} in two fields of its own, so that carriers never write to a shared cache line: a
 * turn costs two opaque stores to memory that only this thread writes.
 *
 * <p>Concurrency: {@link #enter} and {@link #exit} are called by this thread only, around each
 * turn; they are opaque writes, with no fence. The watchdog's thread reads {@link #current} and
 * {@link #turns} with opaque reads, and may see them a little late, which only delays a report.
 * Registration with the watchdog happens in {@link #onStart}, on this thread, before its first
 * turn; it leaves in {@link #onTermination}.
 */
final class CarrierThread extends ForkJoinWorkerThread {

    private static final VarHandle CURRENT;
    private static final VarHandle TURNS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            CURRENT = l.findVarHandle(CarrierThread.class, "current", ActorCell.class);
            TURNS = l.findVarHandle(CarrierThread.class, "turns", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The watchdog that reads this carrier's turns, or null when blocked turns are not sought. */
    private final Watchdog watchdog;
    /** The cell whose turn runs now, or null between turns. */
    @SuppressWarnings("unused") // through CURRENT
    private ActorCell<?, ?> current;
    /** Turns started so far: tells two turns of the same cell apart. */
    @SuppressWarnings("unused") // through TURNS
    private long turns;

    CarrierThread(ForkJoinPool pool, String name, Watchdog watchdog) {
        super(pool);
        this.watchdog = watchdog;
        setName(name);
        setDaemon(true);
    }

    /** Whether this carrier reports its turns to a watchdog. */
    boolean watched() {
        return watchdog != null;
    }

    /** A turn of {@code cell} starts. This thread only. */
    void enter(ActorCell<?, ?> cell) {
        TURNS.setOpaque(this, (long) TURNS.get(this) + 1);
        CURRENT.setOpaque(this, cell);
    }

    /** The turn has ended. This thread only. */
    void exit() {
        CURRENT.setOpaque(this, (ActorCell<?, ?>) null);
    }

    /** {@return the cell whose turn runs now, or null} The watchdog's thread. */
    ActorCell<?, ?> current() {
        return (ActorCell<?, ?>) CURRENT.getOpaque(this);
    }

    /** {@return the number of turns started so far} The watchdog's thread. */
    long turns() {
        return (long) TURNS.getOpaque(this);
    }

    @Override
    protected void onStart() {
        super.onStart();
        if (watchdog != null) {
            watchdog.register(this);
        }
    }

    @Override
    protected void onTermination(Throwable exception) {
        if (watchdog != null) {
            watchdog.unregister(this);
        }
        super.onTermination(exception);
    }
}
