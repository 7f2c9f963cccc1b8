package dev.rt.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * A carrier thread of a system's own pool. It holds its handoff slot, and it publishes
 * the turn it runs to the system's {@link CarrierMonitor} in two fields of its own, so that
 * carriers never write to a shared cache line: a turn costs two opaque stores to memory that only
 * this thread writes.
 *
 * <p>Concurrency: {@link #enter} and {@link #exit} are called by this thread only, around each
 * turn; they are opaque writes (enter's store of the cell a release store, after the turn's
 * number; see {@link #rescue}), with no fence. The monitor's thread reads {@link #current} and
 * {@link #turns} with opaque reads, and may see them a little late, which only delays a rescue or
 * a report. Registration with the monitor happens in {@link #onStart}, on this thread, before its
 * first turn; it leaves in {@link #onTermination}. {@link #countHandled} is an opaque write of
 * this thread's, read by the monitor. {@link #inPoolTurn} and {@link #owesOutside} are this
 * thread's only.
 */
final class CarrierThread extends ForkJoinWorkerThread {

    private static final VarHandle CURRENT;
    private static final VarHandle TURNS;
    private static final VarHandle SLOT;
    private static final VarHandle LONG_TURN;
    private static final VarHandle DEFERRED;
    private static final VarHandle DISPLACED;
    private static final VarHandle HANDLED;
    private static final VarHandle RUN_HEAD;
    private static final VarHandle RUN_TAIL;

    /** How many cells the run queue holds (see {@link #enqueue}); a power of two. */
    static final int RUN_QUEUE_CAPACITY = 256;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            CURRENT = l.findVarHandle(CarrierThread.class, "current", CellCore.class);
            TURNS = l.findVarHandle(CarrierThread.class, "turns", long.class);
            SLOT = l.findVarHandle(CarrierThread.class, "slot", CellCore.class);
            LONG_TURN = l.findVarHandle(CarrierThread.class, "longTurn", long.class);
            DEFERRED = l.findVarHandle(CarrierThread.class, "deferred", WakeUpEntry.class);
            DISPLACED = l.findVarHandle(CarrierThread.class, "displaced", int.class);
            HANDLED = l.findVarHandle(CarrierThread.class, "handled", long.class);
            RUN_HEAD = l.findVarHandle(CarrierThread.class, "runHead", long.class);
            RUN_TAIL = l.findVarHandle(CarrierThread.class, "runTail", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The monitor that reads this carrier's turns and rescues its stranded handoffs. */
    private final CarrierMonitor monitor;
    /** The cell whose turn runs now, or null between turns. */
    @SuppressWarnings("unused") // through CURRENT
    private CellCore current;
    /** Turns started so far: tells two turns of the same cell apart. */
    @SuppressWarnings("unused") // through TURNS
    private long turns;
    /**
     * Messages and signals handled on this carrier so far, for {@link Consolidation}. Written by
     * this thread only, once per turn, with an opaque store; read by the monitor.
     */
    @SuppressWarnings("unused") // through HANDLED
    private long handled;

    /**
     * The handoff slot: the cell that a turn on this carrier woke up, to run here next (see
     * {@link Scheduler}). A field of the carrier itself, not an object of its own: a slot object
     * costs a dependent load on every message of a request-reply exchange and was measured at a
     * third of ping-pong's throughput. The jcstress tests race it with cells that have no
     * actor ({@code BareCells}).
     */
    @SuppressWarnings("unused") // through SLOT
    private CellCore slot;
    /**
     * The number of the turn that the monitor found running for a whole period, or -1: that
     * turn hands no more cells off (see {@link #mayHandOff}).
     */
    @SuppressWarnings("unused") // through LONG_TURN
    private long longTurn = -1;
    /**
     * The number of the turn behind which the monitor is taking the slot's cell ({@link
     * #rescue}), from its announcement until it is done; -1 otherwise. Written by the monitor
     * with volatile stores, read by this thread with a volatile load ({@link #takeAfterTurn}).
     */
    private volatile long rescuing = -1;
    /**
     * The cells that a long turn woke (see {@link #defer}), newest first, linked through {@link
     * WakeUpEntry#nextWakeUp}; null when none waits.
     */
    @SuppressWarnings("unused") // through DEFERRED
    private WakeUpEntry deferred;
    /**
     * How many cells a newer one has pushed out of the slot so far ({@link #put}): a turn that
     * wakes many actors. Written by this thread only, with opaque stores; read by the monitor
     * with {@link #displacements}, which may see it a little late.
     */
    @SuppressWarnings("unused") // through DISPLACED
    private int displaced;
    /**
     * The run queue: cells that turns on this carrier scheduled while it ran solo, to run here,
     * in order (see "Solo or spread" in {@link Scheduler}). A ring of {@link
     * #RUN_QUEUE_CAPACITY}; cell number {@code i} sits at {@code i & (RUN_QUEUE_CAPACITY - 1)}.
     */
    private final CellCore[] runQueue = new CellCore[RUN_QUEUE_CAPACITY];
    /**
     * The number of the run queue's oldest cell: advanced by this thread between turns, and by
     * the monitor when it rescues the queue ({@link #rescueRunQueue}).
     */
    @SuppressWarnings("unused") // through RUN_HEAD
    private long runHead;
    /** The number the next cell queued will have; written by this thread only. */
    @SuppressWarnings("unused") // through RUN_TAIL
    private long runTail;
    /** When the first cell of the current deferred list was deferred. This thread only. */
    private long deferredSince;
    /**
     * The creation number ({@link CellCore#seq}) of the cell that a long turn on this carrier
     * last deferred, or -1. This thread only.
     */
    long lastWoken = -1;
    /**
     * Whether this thread is inside {@link Scheduler#exec}, where the handoff slot is drained
     * before the task returns. This thread only.
     */
    boolean inPoolTurn;
    /**
     * Set when this carrier put a cell back onto its own queue, or ended a handoff chain: the
     * current pool task then runs one outside submission before it returns (see {@link
     * CarrierPool}). This thread only.
     */
    boolean owesOutside;
    /**
     * This carrier's inbox in its system's default timer service ({@link DefaultTimerService}),
     * made on its first schedule; null before. This thread only.
     */
    DefaultTimerService.Lane timerLane;

    CarrierThread(ForkJoinPool pool, String name, CarrierMonitor monitor) {
        super(pool);
        this.monitor = monitor;
        setName(name);
        setDaemon(true);
    }

    // =========================================================================================
    // The handoff slot
    //
    // Concurrency: the owning carrier puts and takes; the CarrierMonitor also takes, when the
    // carrier's turn runs so long that the cell would be stranded behind it (rescue). A cell in
    // the slot is SCHEDULED and leaves it exactly once: a put into an empty slot is a release
    // store (only the owner fills it, so there is no race to lose), a put into a full one, a take
    // during a turn and the monitor's take are atomic exchanges, so each cell put is returned by
    // exactly one put or take. The owner's take between turns (takeAfterTurn), the one a chain of
    // handoffs makes at every message, is a plain read and store unless the monitor is rescuing
    // from behind the turn that just ended; see there for why the two cannot both get the cell.
    // The put's release store, or the exchange, orders what the putting turn did before the
    // taker's turn of that cell. The jcstress tests HandoffSlotRace, HandoffSlotDisplaceRace and
    // HandoffSlotRescueRace check it.

    /**
     * Puts a cell into the slot. This thread only.
     *
     * @param next the cell
     * @return the cell that was there, which the caller must schedule elsewhere, or null
     */
    CellCore put(CellCore next) {
        if (SLOT.getOpaque(this) == null) {
            SLOT.setRelease(this, next);
            return null;
        }
        CellCore older = (CellCore) SLOT.getAndSet(this, next);
        if (older != null) { // a turn that wakes many actors: see "Long turns" in Scheduler
            DISPLACED.setOpaque(this, (int) DISPLACED.get(this) + 1);
        }
        return older;
    }

    /** {@return the slot's cell, or null} The monitor's thread; a look, no fence. */
    CellCore peek() {
        return (CellCore) SLOT.getOpaque(this);
    }

    /** {@return whether the slot looks full} This thread; a hint, no fence. */
    boolean looksFull() {
        return SLOT.getOpaque(this) != null;
    }

    /**
     * Empties the slot during a turn. This thread (a turn that goes on to its next message hands
     * the slot's cell to the pool): the exchange makes sure that exactly one of this thread and
     * a rescuing monitor ({@link #rescue}) gets the cell.
     *
     * @return the cell that was there, or null
     */
    CellCore take() {
        return (CellCore) SLOT.getAndSet(this, (CellCore) null);
    }

    /**
     * Empties the slot between turns, with no atomic exchange unless the monitor is rescuing
     * the slot's cell from behind the turn that has just ended. This thread only, after a turn
     * of this carrier has ended: after {@link #exit}, and then the volatile store of IDLE into
     * the ended turn's cell ({@link CellCore#runTurn}), which this method relies on.
     *
     * <p>Why a plain take is safe: the monitor announces a rescue in {@link #rescuing} (a
     * volatile store), reads the turn's cell's status (a volatile load), only then looks whether
     * the turn still runs, and clears the announcement when it is done (a volatile store). This
     * thread cleared {@link #current} before its volatile store of IDLE, reads {@link #rescuing}
     * (a volatile load) after it, and reads the slot only after that. In the synchronization
     * order, if this thread sees the announcement it waits for the monitor to finish (a few
     * instructions) and takes with the exchange. If it sees none, either the monitor is done,
     * and its exchange happened-before this thread's read of the slot, which sees what it left;
     * or the announcement comes later, after this thread's store of IDLE, so the monitor's load
     * of the status sees that store (or a later one that followed from it) and then the cleared
     * {@link #current} or a later turn's number: it leaves the slot alone. Reading the slot
     * before the announcement would break this: a rescue could take the cell between the two
     * reads. The jcstress test HandoffSlotRescueRace checks it, and found that.
     *
     * @return the cell that was there, or null
     */
    CellCore takeAfterTurn() {
        if (SLOT.getOpaque(this) == null) {
            return null; // only this thread fills the slot: it stays empty
        }
        if (waitOutRescue()) {
            return take();
        }
        // Read again, after the announcement was found absent: a rescue that took the cell and
        // finished before that read left the slot empty, and this read sees it.
        CellCore cell = (CellCore) SLOT.getOpaque(this);
        if (cell != null) {
            SLOT.setOpaque(this, (CellCore) null);
        }
        return cell;
    }

    /**
     * Takes the slot's cell from behind turn {@code turn} of {@code cell}, if that turn still
     * runs: the monitor's thread, for a cell stranded behind a long turn. See {@link
     * #takeAfterTurn} for why exactly one of the two threads gets the cell.
     *
     * @param cell the cell whose turn the monitor saw running at two looks
     * @param turn that turn's number, as {@link #turns} gave it
     * @return the slot's cell, or null if the slot was empty or the turn had ended
     */
    CellCore rescue(CellCore cell, long turn) {
        rescuing = turn;
        try {
            if (!stillRuns(cell, turn)) {
                return null; // the turn has ended: its carrier takes the slot's cell itself
            }
            return take();
        } finally {
            rescuing = -1;
        }
    }

    /**
     * Waits while the monitor rescues from behind the turn that has just ended (see {@link
     * #takeAfterTurn}): it is quick, but it may have been preempted. This thread only, between
     * turns, before it reads the slot or the run queue.
     *
     * @return whether it found a rescue under way
     */
    private boolean waitOutRescue() {
        long ended = (long) TURNS.get(this);
        if (rescuing != ended) {
            return false;
        }
        do {
            Thread.yield();
        } while (rescuing == ended);
        return true;
    }

    /**
     * {@return whether turn {@code turn} of {@code cell} still runs on this carrier} The
     * monitor's thread, after it announced a rescue in {@link #rescuing}: a volatile load of the
     * cell's status first, then the turn's cell and number (see {@link #takeAfterTurn}).
     */
    private boolean stillRuns(CellCore cell, long turn) {
        cell.idle(); // a volatile load of the status: see takeAfterTurn
        return CURRENT.getAcquire(this) == cell && (long) TURNS.getOpaque(this) == turn;
    }

    /**
     * {@return whether the current turn may put a cell into the slot} Not once the monitor has
     * found the turn long (see "Long turns" in {@link Scheduler}): a handler that goes on working
     * after it sends would strand every actor it wakes for a period each, since
     * a woken actor that drains its mailbox goes idle and the handler's next message wakes it
     * into the slot again. Such a turn's wake-ups go to the pool or wait in the deferred list
     * instead ({@link #defer}). This thread only. The mark is an opaque write of the monitor's,
     * read opaquely here: a read that is late lets one more cell into the slot, which the
     * monitor's next look takes out; a new turn has a new number, so a mark never outlives its
     * turn.
     */
    boolean mayHandOff() {
        return (long) LONG_TURN.getOpaque(this) != (long) TURNS.get(this);
    }

    /**
     * Marks turn number {@code turn} as long: it hands nothing off any more, and defers what it
     * wakes. The monitor's thread.
     *
     * @param turn the turn's number, as {@link #turns} gave it
     */
    void markLong(long turn) {
        LONG_TURN.setOpaque(this, turn);
    }

    // =========================================================================================
    // Deferred wake-ups
    //
    // Concurrency: the owning carrier pushes, during a turn that the monitor has marked long;
    // the carrier takes the list when that turn ends, and the monitor takes it once a period
    // while the turn goes on. A push writes the task's link and then publishes the task by CAS;
    // a take is one atomic exchange of the whole list, so each task pushed is returned by
    // exactly one take, and the push's CAS orders what the pushing turn did before the turn
    // that the taker's hand-off leads to. A pushing CAS fails only when a take emptied the list
    // meanwhile; the push then tries again on the empty list. The jcstress test
    // DeferredWakeUpRace checks it.

    /**
     * Defers a cell that the current long turn woke: it waits here, with the others that turn
     * wakes, until the list is {@code batchNanos} old, the turn ends or the monitor next looks,
     * and then goes to the pool with them (see "Long turns" in {@link Scheduler}). This thread
     * only.
     *
     * @param task the cell, scheduled by the caller, in no other list
     * @param now the time, from {@link System#nanoTime}
     * @param batchNanos how long the list's first cell may wait before the carrier hands the
     *     list on itself
     * @return whether the list's first cell has waited that long: the caller then takes the list
     *     and hands it on. After the monitor took the list, the first cell may be younger than
     *     this says, which only hands a list on early.
     */
    boolean defer(WakeUpEntry task, long now, long batchNanos) {
        WakeUpEntry head;
        do {
            head = (WakeUpEntry) DEFERRED.getOpaque(this);
            task.nextWakeUp = head;
        } while (!DEFERRED.compareAndSet(this, head, task));
        if (head == null) {
            deferredSince = now;
            return false;
        }
        return now - deferredSince >= batchNanos;
    }

    /** {@return whether a deferred cell looks to be waiting} This thread or the monitor; a hint. */
    boolean hasDeferred() {
        return DEFERRED.getOpaque(this) != null;
    }

    /**
     * Takes every deferred cell. This thread, or the monitor: the exchange makes sure that each
     * cell is taken once. The caller hands each one on, reading its link first, since the cell
     * may be deferred again (its link rewritten) as soon as it is handed on.
     *
     * @return the cells in the order they were deferred, linked through {@link
     *     WakeUpEntry#nextWakeUp}, or null if none was
     */
    WakeUpEntry takeDeferred() {
        WakeUpEntry newest = (WakeUpEntry) DEFERRED.getAndSet(this, (WakeUpEntry) null);
        WakeUpEntry ordered = null;
        while (newest != null) { // newest first: reverse to the order of the wake-ups
            WakeUpEntry next = newest.nextWakeUp;
            newest.nextWakeUp = ordered;
            ordered = newest;
            newest = next;
        }
        return ordered;
    }

    // =========================================================================================
    // The run queue
    //
    // Concurrency: only this thread queues, at any time in a pool task, and only this thread
    // takes, between turns; the monitor takes the whole queue from behind a turn that it saw
    // running long (rescueRunQueue), announced as for the slot (see takeAfterTurn), so exactly
    // one of the two takes each cell. A queuing stores the cell, then the tail with a release
    // store, so the monitor's acquire load of the tail sees the cells below it. The monitor's
    // rescue runs only while a turn runs, so it never overlaps this thread's take; it may overlap
    // a queuing, which writes only at the tail, above what the rescue reads, and only below the
    // head plus the capacity, as this thread last saw the head (acquire): a head that is late
    // only makes the queue look fuller. The rescue clears the slots it took, then moves the head
    // with a release store, so a queuing that sees the new head writes after those clears. The
    // jcstress tests RunQueueRescueRace and RunQueueQueuingRace check it.

    /**
     * Queues a cell to run on this carrier after the current pool task's turns ({@link
     * Scheduler}). This thread only, during a pool task.
     *
     * @param cell the cell, SCHEDULED by the caller, in no other queue
     * @return whether it was queued; false when the queue is full, and the caller queues the
     *     cell elsewhere
     */
    boolean enqueue(CellCore cell) {
        long tail = (long) RUN_TAIL.get(this);
        if (tail - (long) RUN_HEAD.getAcquire(this) >= RUN_QUEUE_CAPACITY) {
            return false;
        }
        runQueue[(int) tail & (RUN_QUEUE_CAPACITY - 1)] = cell;
        RUN_TAIL.setRelease(this, tail + 1);
        return true;
    }

    /**
     * {@return whether the run queue looks empty} Any thread; a look, no fence. On this thread
     * it is exact but for a rescue that has just emptied the queue, which may not show yet.
     */
    boolean runQueueLooksEmpty() {
        return (long) RUN_HEAD.getOpaque(this) == (long) RUN_TAIL.getOpaque(this);
    }

    /**
     * Takes the run queue's oldest cell, between turns: after a turn of this carrier has ended,
     * as for {@link #takeAfterTurn}, whose reasoning this method follows (the monitor takes the
     * queue only from behind a turn that still runs). This thread only.
     *
     * @return the cell, or null if the queue is empty
     */
    CellCore dequeue() {
        long tail = (long) RUN_TAIL.get(this);
        if ((long) RUN_HEAD.getOpaque(this) == tail) {
            return null; // only this thread queues: it stays empty
        }
        waitOutRescue();
        // Read again, after the announcement was found absent: a rescue that emptied the queue
        // and finished before that read moved the head, and this read sees it.
        long head = (long) RUN_HEAD.getAcquire(this);
        if (head == tail) {
            return null;
        }
        int i = (int) head & (RUN_QUEUE_CAPACITY - 1);
        CellCore cell = runQueue[i];
        runQueue[i] = null;
        RUN_HEAD.setRelease(this, head + 1);
        return cell;
    }

    /**
     * Takes every cell of the run queue from behind turn {@code turn} of {@code cell}, if that
     * turn still runs: the monitor's thread, for cells waiting behind a long turn. See the
     * comment above and {@link #takeAfterTurn} for why exactly one of the two threads gets each
     * cell.
     *
     * @param cell the cell whose turn the monitor saw running at two looks
     * @param turn that turn's number, as {@link #turns} gave it
     * @return the cells, oldest first, none if the queue was empty or the turn had ended
     */
    List<CellCore> rescueRunQueue(CellCore cell, long turn) {
        rescuing = turn;
        try {
            if (!stillRuns(cell, turn)) {
                return List.of(); // the turn has ended: its carrier runs the queue itself
            }
            long head = (long) RUN_HEAD.getOpaque(this); // only this thread moves it now
            long tail = (long) RUN_TAIL.getAcquire(this);
            List<CellCore> taken = new ArrayList<>((int) (tail - head));
            for (long n = head; n != tail; n++) {
                int i = (int) n & (RUN_QUEUE_CAPACITY - 1);
                taken.add(runQueue[i]);
                runQueue[i] = null;
            }
            RUN_HEAD.setRelease(this, tail);
            return taken;
        } finally {
            rescuing = -1;
        }
    }

    /** Whether a monitor reads this carrier's turns; then the handoff slot may be used. */
    boolean monitored() {
        return monitor != null;
    }

    /** A turn of {@code cell} starts. This thread only. */
    void enter(CellCore cell) {
        TURNS.setOpaque(this, (long) TURNS.get(this) + 1);
        CURRENT.setRelease(this, cell); // after the number: see rescue
    }

    /**
     * Counts the messages and signals handled in the turn that runs. This thread only.
     *
     * @param n how many
     */
    void countHandled(int n) {
        HANDLED.setOpaque(this, (long) HANDLED.get(this) + n);
    }

    /** {@return how many messages this carrier has handled} The monitor's thread; a look. */
    long handled() {
        return (long) HANDLED.getOpaque(this);
    }

    /** The turn has ended. This thread only. */
    void exit() {
        CURRENT.setOpaque(this, (CellCore) null);
    }

    /** {@return the cell whose turn runs now, or null} The monitor's thread. */
    CellCore current() {
        return (CellCore) CURRENT.getOpaque(this);
    }

    /** {@return how many cells have been pushed out of the slot so far} The monitor's thread. */
    int displacements() {
        return (int) DISPLACED.getOpaque(this);
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
        DefaultTimerService.Lane lane = timerLane;
        if (lane != null) {
            lane.owner.retire(lane);
        }
        super.onTermination(exception);
    }
}
