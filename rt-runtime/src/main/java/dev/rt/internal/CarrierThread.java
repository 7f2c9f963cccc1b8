package dev.rt.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * A carrier thread of a system's own pool. It holds its {@link HandoffSlot}, and it publishes
 * the turn it runs to the system's {@link CarrierMonitor} in two fields of its own, so that
 * carriers never write to a shared cache line: a turn costs two opaque stores to memory that only
 * this thread writes.
 *
 * <p>Concurrency: {@link #enter} and {@link #exit} are called by this thread only, around each
 * turn; they are opaque writes, with no fence. The monitor's thread reads {@link #current} and
 * {@link #turns} with opaque reads, and may see them a little late, which only delays a rescue or
 * a report. Registration with the monitor happens in {@link #onStart}, on this thread, before its
 * first turn; it leaves in {@link #onTermination}. {@link #inCellTask} and {@link #owesOutside}
 * are this thread's only.
 */
final class CarrierThread extends ForkJoinWorkerThread {

    private static final VarHandle CURRENT;
    private static final VarHandle TURNS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            CURRENT = l.findVarHandle(CarrierThread.class, "current", CellTask.class);
            TURNS = l.findVarHandle(CarrierThread.class, "turns", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The monitor that reads this carrier's turns and rescues its stranded handoffs. */
    private final CarrierMonitor monitor;
    /** The cell whose turn runs now, or null between turns. */
    @SuppressWarnings("unused") // through CURRENT
    private CellTask current;
    /** Turns started so far: tells two turns of the same cell apart. */
    @SuppressWarnings("unused") // through TURNS
    private long turns;

    /** The cell that a turn on this carrier woke up, to run here next. */
    final HandoffSlot<CellTask> slot = new HandoffSlot<>();
    /**
     * Whether this thread is inside {@link Scheduler#exec}, where the handoff slot is drained
     * before the task returns. This thread only.
     */
    boolean inCellTask;
    /**
     * Set when this carrier put a cell back onto its own queue, or ended a handoff chain: the
     * current pool task then runs one outside submission before it returns (see {@link
     * CarrierPool}). This thread only.
     */
    boolean owesOutside;

    CarrierThread(ForkJoinPool pool, String name, CarrierMonitor monitor) {
        super(pool);
        this.monitor = monitor;
        setName(name);
        setDaemon(true);
    }

    /** Whether a monitor reads this carrier's turns; then the handoff slot may be used. */
    boolean monitored() {
        return monitor != null;
    }

    /** A turn of {@code cell} starts. This thread only. */
    void enter(CellTask cell) {
        TURNS.setOpaque(this, (long) TURNS.get(this) + 1);
        CURRENT.setOpaque(this, cell);
    }

    /** The turn has ended. This thread only. */
    void exit() {
        CURRENT.setOpaque(this, (CellTask) null);
    }

    /** {@return the cell whose turn runs now, or null} The monitor's thread. */
    CellTask current() {
        return (CellTask) CURRENT.getOpaque(this);
    }

    /** {@return the number of turns started so far} The monitor's thread. */
    long turns() {
        return (long) TURNS.getOpaque(this);
    }

    @Override
    protected void onStart() {
        super.onStart();
        if (monitor != null) {
            monitor.register(this);
        }
    }

    @Override
    protected void onTermination(Throwable exception) {
        if (monitor != null) {
            monitor.unregister(this);
        }
        super.onTermination(exception);
    }
}
