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
 *
 * <p>It also holds the handoff slot ({@link #next}; see {@link ActorCell#exec}), which this
 * thread fills and empties, and which the watchdog empties when a turn runs long.
 */
final class CarrierThread extends ForkJoinWorkerThread {

    private static final VarHandle CURRENT;
    private static final VarHandle TURNS;
    private static final VarHandle NEXT;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            CURRENT = l.findVarHandle(CarrierThread.class, "current", ActorCell.class);
            TURNS = l.findVarHandle(CarrierThread.class, "turns", long.class);
            NEXT = l.findVarHandle(CarrierThread.class, "next", ActorCell.class);
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

    /**
     * Whether this thread is inside {@link ActorCell#exec}, where the handoff slot is drained
     * before the task returns. This thread only.
     */
    boolean inCellTask;
    /**
     * The handoff slot: a cell that a turn on this carrier woke up, to run on this carrier as
     * soon as that turn ends instead of going through the pool's queue. Put and taken by this
     * thread; also taken by the watchdog, when the turn runs so long that the cell would be
     * stranded behind it ({@link #takeNext}).
     */
    @SuppressWarnings("unused") // through NEXT
    private ActorCell<?, ?> next;
    /**
     * Set when this carrier put a cell back onto its own queue, or ended a handoff chain: the
     * current pool task then runs one outside submission before it returns (see {@link
     * CarrierPool}). This thread only.
     */
    boolean owesOutside;

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

    /**
     * Puts a cell into the handoff slot. This thread only, during a turn.
     *
     * @return the cell that was there, which the caller must schedule, or null
     */
    ActorCell<?, ?> putNext(ActorCell<?, ?> cell) {
        if (NEXT.getOpaque(this) == null) {
            // only this thread fills the slot; the watchdog only empties it: no race to lose
            NEXT.setRelease(this, cell);
            return null;
        }
        return (ActorCell<?, ?>) NEXT.getAndSet(this, cell);
    }

    /** {@return whether the handoff slot looks full} This thread only; a hint, no fence. */
    boolean hasNext() {
        return NEXT.getOpaque(this) != null;
    }

    /**
     * Empties the handoff slot. This thread, or the watchdog's: the exchange makes sure that
     * exactly one of them gets the cell.
     *
     * @return the cell that was there, or null
     */
    ActorCell<?, ?> takeNext() {
        return (ActorCell<?, ?>) NEXT.getAndSet(this, (ActorCell<?, ?>) null);
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
