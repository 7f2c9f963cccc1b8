package dev.rt.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The first layer of an actor's cell: who the actor is (system, parent, name, path) and the
 * status word that gives its turns one runner at a time. The cell is one object, for memory and
 * speed, but its code is split by concern into a chain of classes, each owning its fields (as
 * Pekko's cell mixes in its "dungeon" traits): this layer and its status word; {@link
 * CellMailbox}, the queues and their admission; {@link CellLifecycle}, the lifecycle state
 * machine and the signals; {@link CellTermination}, the last step of a termination, its hooks and
 * abandonment; {@link ActorCell}, the turn and the {@link dev.rt.ActorContext} that behaviors
 * see. Children and death watch are objects of their own, made on first use ({@link Children},
 * {@link DeathWatch}).
 *
 * <h2>Concurrency</h2>
 *
 * <ul>
 *   <li><b>One runner.</b> {@link #status} is IDLE or SCHEDULED. Whoever enqueues something
 *       calls {@link #schedule}, which moves IDLE to SCHEDULED by CAS and, only when it wins,
 *       hands the cell to the system's {@link Scheduler}. The scheduler runs the turn exactly
 *       once per win (through the pool, a carrier's handoff slot, a virtual thread or the user's
 *       executor; see there). The turn writes IDLE (a volatile write) as its last step; a turn
 *       that goes on into the next on the same thread ({@link #runTurn}) writes it at the end of
 *       the last. So at most one thread runs a turn at a time, and each turn happens-before the
 *       next one: the fields that later layers confine to "the actor's thread" need no
 *       synchronization.
 *   <li><b>Interrupts.</b> {@link #interruptRunner} (any thread) reaches this cell's turn and
 *       no other (turns that go on one into the next count as one here, and stop going on once
 *       an interrupt is announced). It announces itself in {@link #interrupts} by CAS, then
 *       reads {@link #status} (volatile) and only then {@link #runner}. A turn ends by
 *       clearing {@link #runner}, writing IDLE (volatile), then reading {@link #interrupts}
 *       ({@link #endTurn}). In the synchronization order either the turn's read comes after the
 *       announcement, and the runner waits for the interrupter to finish and clears its
 *       thread's interrupt status; or the interrupter's read of the status comes after the IDLE
 *       write, which synchronizes-with it (JLS 17.4.4), so it sees the runner cleared and
 *       interrupts no one, or the runner of a later turn of this cell, which settles in the same
 *       way. A cell never interrupted pays one plain load per turn.
 * </ul>
 *
 * <h2>Layout</h2>
 *
 * <p>HotSpot lays a class's fields after its superclass's, so the chain decides where they fall.
 * Every tell reads {@link #status}, the mailbox's queues and bound, and {@code CellLifecycle.state}
 * (declared first in its layer for this), which lie together near the start; the two fields that
 * the actor's thread writes for every message, {@code ActorCell.current} and {@code
 * ActorCell.processed}, are declared in the last layer, more than 56 bytes past the last byte a
 * sender reads. Objects start on multiples of 8 bytes, so no start puts the two groups on one
 * 64-byte line, and a handler never takes away the line its senders read: before, it did for half
 * the starts, and one sender to a busy actor ran about a fifth slower in the median while the
 * collector left the cell there (change 28 in docs/benchmarks.md). {@code CellLayoutTest} checks
 * the layout with JOL.
 */
abstract class CellCore extends WakeUpEntry {

    private static final VarHandle STATUS;
    private static final VarHandle RUNNER;
    private static final VarHandle INTERRUPTS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATUS = l.findVarHandle(CellCore.class, "status", int.class);
            RUNNER = l.findVarHandle(CellCore.class, "runner", Thread.class);
            INTERRUPTS = l.findVarHandle(CellCore.class, "interrupts", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static final int IDLE = 0;
    static final int SCHEDULED = 1;

    /** In {@link #interrupts}: the runtime has interrupted this cell's runner at least once. */
    private static final int INTERRUPTED = 1;
    /** In {@link #interrupts}: one interrupter at work, counted in the bits above the first. */
    private static final int INTERRUPTING = 2;

    final SystemCore system;
    final Parent parent;
    final String name;
    /** Declared blocking: its turns run on virtual threads, never on the pool's carriers. */
    final boolean blocking;
    /**
     * The turn as a plain Runnable, for executors that are not the system's pool (a virtual
     * thread per turn for a blocking actor, or the user's executor); null on the pool, which
     * queues a {@link PoolTurn} of the cell.
     */
    final Runnable executorTurn;
    /** The order of creation in the system, to list children in the order they were spawned. */
    final long seq;
    /** The path, built on first use and cached: a benign race, as a String is immutable. */
    private String path;

    /** IDLE or SCHEDULED; see the class comment. */
    private volatile int status;
    /**
     * The thread running the current turn: written by that thread at the start and end of the
     * turn, read plainly by the actor-thread check of the context, and with opaque access by
     * {@link #interruptRunner}.
     */
    private Thread runner;
    /**
     * {@link #INTERRUPTED}, plus {@link #INTERRUPTING} for each {@link #interruptRunner} at
     * work; zero for a cell that was never interrupted. See "Interrupts" in the class comment.
     */
    private volatile int interrupts;

    CellCore(SystemCore system, Parent parent, String name, boolean blocking) {
        this.system = system;
        this.parent = parent;
        this.name = name;
        this.blocking = blocking;
        this.seq = system.nextSeq();
        Scheduler scheduler = system.scheduler();
        this.executorTurn = scheduler.onPool(blocking) ? null
                : () -> scheduler.runFromExecutor(this);
    }

    /** {@return the actor's path, such as {@code /user/a/b}} Any thread. */
    public String path() {
        String p = path;
        if (p == null) {
            p = parent.path() + "/" + name;
            path = p;
        }
        return p;
    }

    // =========================================================================================
    // Scheduling

    /**
     * Moves the cell from IDLE to SCHEDULED and, if this call did it, hands it to the scheduler.
     * Any thread.
     *
     * @param handoff whether a carrier's handoff slot may take it (see {@link Scheduler#submit})
     */
    final void schedule(boolean handoff) {
        if (claimStatus()) {
            system.scheduler().submit(this, handoff);
        }
    }

    /** Releases the status after a turn that could not run; see {@link Scheduler}. */
    final void releaseStatus() {
        STATUS.setVolatile(this, IDLE);
    }

    /**
     * {@return whether no turn of this cell is scheduled or running} Any thread; a volatile read,
     * out of date as soon as it returns. For tests that must act on an idle cell, and for the
     * monitor's rescue of a handoff, which needs the volatile load ({@link
     * CarrierThread#rescue}).
     */
    final boolean idle() {
        return status == IDLE;
    }

    /**
     * Moves the status from IDLE to SCHEDULED; true if this call did it, and the caller must then
     * hand the cell on exactly once: to the scheduler ({@link #schedule}, the end of a turn), or
     * to a consumer other than a turn, such as a refused turn's drain. A plain read first, so
     * that a cell already scheduled costs no CAS.
     */
    final boolean claimStatus() {
        return status == IDLE && STATUS.compareAndSet(this, IDLE, SCHEDULED);
    }

    /**
     * Runs one turn on the calling thread, and further turns while it may go on (below). Only the
     * scheduler calls it, once per win of {@link #schedule}; it sets the runner, runs {@link
     * #turn}, and releases the status.
     *
     * <p>A turn that stopped at the system's throughput with mail left goes on into the cell's
     * next turn on the same carrier, holding SCHEDULED, while nothing else waits for that
     * carrier ({@link Scheduler#goesOnHere}): what releasing the status, claiming it again and
     * running the next turn from the handoff slot ("Staying put" in {@link Scheduler}) would do,
     * without the two writes of the status and the slot's put and take. Each turn is still a
     * turn to the carrier monitor ({@link CarrierThread#enter}, {@link CarrierThread#exit}). A
     * cell that the runtime has interrupted does not go on: its turn ends as usual.
     */
    final void runTurn() {
        Thread self = Thread.currentThread();
        RUNNER.setOpaque(this, self);
        CarrierThread carrier = self instanceof CarrierThread c ? c : null;
        CarrierThread watched = carrier != null && carrier.monitored() ? carrier : null;
        try {
            boolean more;
            do {
                if (watched != null) {
                    watched.enter(this);
                }
                more = false;
                try {
                    more = turn(watched);
                } catch (Throwable t) {
                    Scheduler.LOG.error("RT internal error in the turn of {}: {}", path(),
                            t.toString(), t);
                } finally {
                    if (watched != null) {
                        watched.exit(); // before the IDLE store: see CarrierThread.takeAfterTurn
                    }
                }
            } while (more && interrupts == 0 && carrier != null
                    && system.scheduler().goesOnHere(carrier));
        } finally {
            endTurn();
        }
    }

    /** The end of a turn: see "Interrupts" in the class comment. The actor's thread. */
    private void endTurn() {
        RUNNER.setOpaque(this, (Thread) null);
        STATUS.setVolatile(this, IDLE);
        if (interrupts != 0) { // a plain load on x86; nonzero once the runtime interrupted it
            while ((interrupts & ~INTERRUPTED) != 0) {
                Thread.yield(); // an interrupter still at work: it is quick
            }
            Thread.interrupted(); // what was meant for this actor does not reach the next turn
        }
        if (hasWorkAfterTurn() && claimStatus()) {
            system.scheduler().resubmit(this); // its next turn: here, if nothing else waits
        }
    }

    /**
     * One turn: signals and up to a batch of messages. The actor's thread.
     *
     * @param carrier the carrier running it, when the carrier monitor watches it; else null
     * @return whether it stopped at the system's throughput, so that mail is likely left
     */
    abstract boolean turn(CarrierThread carrier);

    /** {@return whether the turn just ended left work that needs another} The actor's thread. */
    abstract boolean hasWorkAfterTurn();

    /**
     * The scheduler could not run this cell's turn: the system has shut down (or the user's
     * executor has). The caller holds SCHEDULED, so it is the only consumer.
     */
    abstract void turnRefused();

    /**
     * {@return whether the calling thread runs this cell's turn} Any thread; exact for the
     * calling thread, since only it writes the runner field with itself.
     */
    final boolean onOwnThread() {
        return (Thread) RUNNER.getOpaque(this) == Thread.currentThread();
    }

    /**
     * Interrupts the thread that runs this cell's current turn, if any: for abandonment and
     * failed health checks. Any thread. The interrupt reaches this cell's turn and no other: a
     * runner that ends its turn meanwhile waits for this call to finish and then clears its
     * interrupt status (see "Interrupts" in the class comment).
     */
    final void interruptRunner() {
        int v;
        do {
            v = interrupts;
        } while (!INTERRUPTS.compareAndSet(this, v, (v + INTERRUPTING) | INTERRUPTED));
        try {
            if (status == SCHEDULED) { // also orders the read below after the end of a turn
                Thread t = (Thread) RUNNER.getOpaque(this);
                if (t != null) {
                    t.interrupt();
                }
            }
        } finally {
            INTERRUPTS.getAndAdd(this, -INTERRUPTING);
        }
    }
}
