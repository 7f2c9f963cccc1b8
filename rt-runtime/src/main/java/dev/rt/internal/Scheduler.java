package dev.rt.internal;

import dev.rt.ActorSystemConfig;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one scheduling policy of a system: where a scheduled cell's turn runs, and in which order.
 *
 * <ul>
 *   <li><b>The pool.</b> By default turns run on the system's own {@link CarrierPool}, a
 *       ForkJoinPool in FIFO mode. Each queuing there is a new {@link PoolTurn} (24 bytes), never
 *       a task queued before (cells are not pool tasks): a thief's stale CAS could take a task
 *       queued again into the same slot and set the queue's base a whole array back, which hung
 *       a carrier for good (see there). The handoff slot, the deferred lists and the stack of
 *       wake-ups from outside hold the cells themselves and allocate nothing. Actors declared
 *       blocking run each turn on a new virtual thread. When the user gives an executor, every
 *       turn runs there instead, and none of what follows applies.
 *   <li><b>The handoff slot.</b> A message sent from a turn on a carrier to an idle actor puts
 *       that actor into the carrier's handoff slot ({@link CarrierThread#put}): it runs on the
 *       same carrier right after the turn ({@link #exec}), with no pool queue and no wake-up of
 *       another thread, which is what request-reply and ring shapes need. The slot holds one
 *       cell; a newer one pushes the older into the pool. Signals never take the slot: spawns,
 *       stops and death notices do not chain, and queuing them wakes another carrier, which is
 *       then at hand for what follows.
 *   <li><b>Staying put.</b> A cell whose turn ends with more work (it used its {@code
 *       throughput}, or mail arrived as it ended) runs its next turn on the same carrier, from
 *       the handoff slot, while nothing else waits for that carrier: its own queue and the pool's
 *       submissions from outside are empty, and the slot holds no cell that the turn woke
 *       ({@link #resubmit}). Otherwise it goes to the back of the carrier's own queue. Pushing
 *       it there when nothing else waits would only wake an idle carrier, which takes the cell
 *       over with its data in the other core's cache; a single sender feeding one actor ran at
 *       half the speed that way. A turn that stopped at its {@code throughput} with mail left
 *       does not even release the cell while nothing waits for the carrier: it goes on into the
 *       cell's next turn, holding SCHEDULED ({@link #goesOnHere}, {@link CellCore#runTurn}), so a
 *       busy actor's status word and runner field are not written at every turn, and a sender
 *       that reads the status at every tell keeps its copy of that line.
 *   <li><b>No stranding.</b> The slot only keeps the cell that the turn's last message woke: a
 *       turn moves the slot's cell to the pool before it handles its next message ({@link
 *       #releaseHandoff}), so a woken cell never waits for more than one handler. The {@link
 *       CarrierMonitor} takes a cell that has waited in a slot for a whole period (a millisecond
 *       while carriers are busy) out into the pool, so a cell handed off before a handler blocks
 *       waits one or two periods; a put into an empty slot wakes the monitor if it dozes
 *       ({@link CarrierMonitor#nudge}), so this holds after a quiet spell too. Both always run,
 *       whatever the blocked-actor diagnostics are set to.
 *   <li><b>Long turns.</b> A turn that the monitor sees at two looks in a row is long when it
 *       stranded a cell in the slot (above) or fanned out since the first look: woke at least
 *       {@link CarrierMonitor#FAN_OUT} actors, each pushing the one before it out of the slot. A
 *       long turn hands nothing off any more ({@link CarrierThread#mayHandOff}). An actor it wakes
 *       goes to the pool at once if it is the same actor it woke last and nothing waits in the
 *       carrier's deferred list (a handler feeding one actor). Otherwise it waits in the deferred
 *       list ({@link CarrierThread#defer}), and the list goes to the pool, in the order of the
 *       wake-ups ({@link #requeueDeferred}), at the first of: the turn wakes another actor once the
 *       list's first one has waited {@link #DEFER_BATCH_NANOS}; the turn ends; the monitor's next
 *       look (a period at most). So a handler that fans out while it works hands its receivers over
 *       in batches rather than one wake-up of another carrier per message: a producer feeding 60
 *       workers from one handler woke a worker for nearly every message, whose turn then handled
 *       that one message while the producer paid for the cache lines the worker had just touched;
 *       batched, the workers' queues fill and their turns handle many messages each (Savina
 *       Fork-Join throughput; change 10 in docs/benchmarks.md). What this costs: a message from a
 *       long handler to an idle actor waits up to 20 microseconds while the handler goes on waking
 *       others, and up to a period once it stops.
 *   <li><b>Wake-ups from outside.</b> A thread outside the pool (an application thread, a
 *       timer, the monitor) that wakes a cell pushes it onto one stack ({@link OutsideWakeUps}),
 *       and only the push that finds the stack empty queues a pool task, the drain. The drain
 *       takes every cell pushed since, puts all but the first onto its carrier's own queue, in
 *       the order of the wake-ups, and runs the first there as the pool would ({@link
 *       #drainOutside}). So a sender that wakes many actors pays one CAS per wake-up, and a
 *       submission to the pool per batch rather than per cell: each submission took the pool's
 *       lock of its submission queue and wrote lines that the carriers read, and a sender whose
 *       actors drained as fast as it sent spent a fifth of its time there (change 14 in
 *       docs/benchmarks.md). What it costs: a cell woken while a drain waits runs after the
 *       drain's carrier takes it, not when a carrier takes its own submission; a carrier that
 *       owes the outside a turn (below) takes the waiting drain's batch. While a carrier lingers
 *       for work (below), the push that finds the stack empty claims that carrier instead of
 *       queuing the drain ({@link OutsideWakeUps#claim}), and the carrier takes the batch itself:
 *       no pool task is made or queued, and no parked carrier is woken for work that the
 *       lingering one takes anyway.
 *   <li><b>Fairness.</b> At most {@link #HANDOFF_CHAIN} turns run from the slot in one pool task
 *       while other work waits, and at most {@link #ALTERNATING_CHAIN} in a row that each run
 *       the actor of the turn before the last ({@link #runHandoffs}): two actors that hand off
 *       to each other, a request and its reply, yield sooner than a ring or a pipeline, because
 *       while they do, the actor that one of them waits for may be what waits in the queue. In
 *       Savina's Dining Philosophers a philosopher denied its forks asked the arbitrator again,
 *       and was denied again, up to 32 times in one chain while the neighbour that held the forks
 *       waited to put them down; a shorter bound for every chain would have cost rings and
 *       pipelines (change 30 in docs/benchmarks.md). A carrier that requeues work onto its own
 *       queue then runs one submission from outside the pool ({@link CarrierPool#pollOutside}),
 *       so actors that keep each other busy cannot starve tells from application threads or
 *       timers.
 *   <li><b>Solo or spread.</b> While the monitor has found that one carrier handles more
 *       messages than all of them ({@link Consolidation}), every other carrier that the pool
 *       hands a task stands aside ({@link #standAside}): the task and the carrier's own queue go
 *       to the pool's submission queues, where the solo carrier takes them, and the carrier
 *       parks until the monitor spreads again. For a carrier that is to stand aside, work waits
 *       ({@link #nothingWaits}): a cell whose turn ends there does not stay put, and a handoff
 *       chain there ends at {@link #HANDOFF_CHAIN} turns. The solo carrier queues the cells its
 *       turns schedule, other than into the handoff slot, in a run queue of its own ({@link
 *       CarrierThread#enqueue}) rather than in the pool, and runs them, oldest first, after the
 *       pool task's turns ({@link #runQueued}); every {@link #GATHER_EVERY} turns it takes in
 *       what waits for it in the pool ({@link #gather}). No other carrier runs those cells while
 *       it runs solo, so they need none of the pool's atomic steps: a pool task costs an
 *       allocation, a queuing that may signal the pool, a take by compare-and-set and a
 *       completion by an atomic update, about a tenth of Chameneos's CPU profile in solo, and
 *       gone from it with the run queue (change 29 in docs/benchmarks.md). A full run queue
 *       ({@link CarrierThread#RUN_QUEUE_CAPACITY} cells) sends the rest to the pool; when the
 *       carrier stops running solo, what is left goes there too, and the monitor takes the
 *       queue out from behind a turn that runs long ({@link CarrierMonitor}).
 *   <li><b>Idle carriers.</b> A carrier whose pool task ends while no task waits in any queue
 *       of the pool, its own or another carrier's, and none from outside, spins for up to
 *       {@link #LINGER_NANOS} watching for one before it returns to the pool, which parks it if
 *       there is still nothing ({@link #linger}). A tell from outside the pool that lands in that
 *       window is taken at once: its push claims the lingering carrier, which takes the batch of
 *       wake-ups itself (see "Wake-ups from outside"); a task queued by a carrier is seen at the
 *       next spin. Without the
 *       spin each such tell woke a parked thread, and on a virtual machine a parked thread's
 *       core may halt and take tens of microseconds to resume: an ask from a plain thread took
 *       24 to 26 microseconds and a single spawn 22 to 31, against 11 to 13 and 14 to 16 with it.
 *       What it costs: up to that long on a core each time a carrier runs out of work; a carrier
 *       that keeps finding work never spins, and an idle system's carriers park as before.
 *   <li><b>Executors that run tasks inline.</b> A turn that schedules another from inside itself
 *       on an executor that runs tasks on the calling thread does not nest it: it is owed and
 *       run after the turn (a trampoline), so the stack does not grow with every turn.
 * </ul>
 *
 * <p>Concurrency: {@link #submit} is called by whoever won a cell's IDLE to SCHEDULED CAS
 * ({@link CellCore#schedule}); it hands the cell on exactly once, so exactly one turn follows. A
 * cell in a handoff slot leaves it exactly once (see {@link CarrierThread#put}), and so does a
 * cell in a deferred list (see {@link CarrierThread#defer}) or in a run queue (see {@link
 * CarrierThread#enqueue}). Everything else runs on carrier threads, on the thread of the cell it
 * is called for, or on the monitor's thread, as each method says. No lock is taken on any of
 * these paths.
 */
final class Scheduler {

    static final Logger LOG = LoggerFactory.getLogger(dev.rt.ActorSystem.class);

    /**
     * How long the first of a long turn's deferred wake-ups waits before the turn's own carrier
     * hands the list on, the next time it defers another (see "Long turns"). Twenty
     * microseconds: a producer feeding workers ran as fast with it as with a millisecond, and
     * Savina's Sleeping Barber, whose runs depend on when each customer reaches the waiting
     * room, ran several times slower with 100 microseconds.
     */
    static final long DEFER_BATCH_NANOS = 20_000;

    /**
     * How many turns from its run queue a solo carrier runs between two looks for the work that
     * waits for it in the pool ({@link #gather}).
     */
    static final int GATHER_EVERY = 8;

    /** Turns run from the handoff slot in one pool task, before the slot goes to the pool. */
    static final int HANDOFF_CHAIN = 64;

    /**
     * Turns in a row, in a chain from the handoff slot, that may each run the actor that ran two
     * turns before, while other work waits, before the slot's cell goes to the pool (see
     * "Fairness"): two actors that hand off to each other, a request and its reply, an answer
     * and the next request, end their chain after this many rather than {@link #HANDOFF_CHAIN}.
     */
    static final int ALTERNATING_CHAIN = 16;

    /**
     * How long a carrier that has run out of work spins, watching the pool for more, before it
     * returns to the pool, which parks it (see "Idle carriers"). Twenty microseconds: on this
     * project's 2-core machine it halved the time of an ask from a plain thread and of a single
     * spawn (change 12 in docs/benchmarks.md); fifty did no better.
     */
    static final long LINGER_NANOS = 20_000;

    private final String systemName;
    /** Cells woken from outside the pool, until a drain takes them; unused without a pool. */
    private final OutsideWakeUps outside = new OutsideWakeUps();
    /** The user's executor, or null. */
    private final Executor userExecutor;
    /** The system's own pool, or null when the user gave an executor. */
    private final CarrierPool pool;
    /** Rescues stranded handoffs and reports blocked actors; null without an own pool. */
    private final CarrierMonitor monitor;
    /** Runs the turns of actors declared blocking, one virtual thread a turn; made on first use. */
    private volatile ExecutorService virtualThreads;

    Scheduler(SystemCore system, ActorSystemConfig config) {
        this.systemName = system.name();
        this.userExecutor = config.executor();
        if (userExecutor != null) {
            this.pool = null;
            this.monitor = null;
        } else {
            this.monitor = new CarrierMonitor(system, this, config.blockedThreshold().toNanos());
            AtomicInteger threads = new AtomicInteger();
            this.pool = new CarrierPool(config.parallelism(),
                    p -> new CarrierThread(p, "rt-" + systemName + "-worker-"
                            + threads.incrementAndGet(), monitor),
                    (t, e) -> LOG.error("RT internal error on {}: {}", t.getName(), e.toString(),
                            e));
            monitor.start();
        }
    }

    /** {@return whether a cell's turns run as pool tasks, rather than as Runnables} */
    boolean onPool(boolean blocking) {
        return pool != null && !blocking;
    }

    /** {@return the carrier monitor, or null when the user gave an executor} */
    CarrierMonitor monitor() {
        return monitor;
    }

    /** {@return the system's own pool, or null when the user gave an executor} */
    CarrierPool pool() {
        return pool;
    }

    /** {@return whether the calling thread is a carrier of this system's own pool} */
    boolean onOwnCarrier() {
        return ownCarrier() != null;
    }

    /** {@return the calling thread if it is a carrier of this system's own pool, else null} */
    private CarrierThread ownCarrier() {
        return pool != null && Thread.currentThread() instanceof CarrierThread c
                && c.getPool() == pool ? c : null;
    }

    /**
     * {@return whether no other work waits for the calling carrier}: its run queue, its own
     * queue and the pool's submissions from outside are empty, and no other carrier runs solo
     * (one that does waits for this carrier's work; see "Solo or spread"). The pool's thread.
     *
     * @param c the calling carrier
     */
    private boolean nothingWaits(CarrierThread c) {
        return c.runQueueLooksEmpty() && ForkJoinTask.getQueuedTaskCount() == 0
                && !pool.hasQueuedSubmissions() && !monitor.standsAside(c);
    }

    // =========================================================================================
    // Handing a scheduled cell on (any thread, once per win of the cell's status CAS)

    /**
     * Hands a scheduled cell to where its turn will run: see the class comment.
     *
     * @param cell the cell, SCHEDULED by the caller
     * @param handoff whether the calling carrier's handoff slot may take it; false for signals
     *     and for a cell that reschedules itself (which comes here through {@link #resubmit}
     *     only when something else waits), which must go to the back of the pool's queue
     */
    void submit(CellCore cell, boolean handoff) {
        try {
            if (cell.blocking) {
                virtualThreads().execute(cell.executorTurn);
            } else if (pool != null) {
                CarrierThread own = ownCarrier();
                if (handoff && own != null && own.inPoolTurn) {
                    if (own.mayHandOff()) {
                        CellCore older = own.put(cell);
                        if (older != null) {
                            submit(older, false);
                        } else {
                            monitor.nudge(); // a dozing monitor would not see it stranded
                        }
                        return;
                    }
                    if (cell.seq != own.lastWoken || own.hasDeferred()) {
                        // a long turn's wake-up, to batch; one feeding a single actor goes on
                        // to the pool below at once (see "Long turns")
                        own.lastWoken = cell.seq;
                        if (own.defer(cell, System.nanoTime(), DEFER_BATCH_NANOS)) {
                            requeueDeferred(own);
                        }
                        return;
                    }
                }
                if (own == null) { // from outside the pool: see "Wake-ups from outside"
                    if (outside.push(cell) && !outside.claim()) {
                        queueDrain(); // no lingering carrier to take the batch
                    }
                    return;
                }
                if (own.inPoolTurn && monitor.solo() == own && own.enqueue(cell)) {
                    return; // to run here, after this pool task's turns: see "Solo or spread"
                }
                queueOnPool(own, cell);
            } else {
                userExecutor.execute(cell.executorTurn);
            }
        } catch (RejectedExecutionException e) {
            cell.turnRefused();
        }
    }

    /**
     * Queues a scheduled cell onto the calling carrier's own queue in the pool, in a new {@link
     * PoolTurn} (never the cell itself: see there); the carrier then owes the outside a turn (see
     * {@link CarrierPool}). If the pool refuses it (it shuts down), the cell's turn is refused.
     * The carrier's thread.
     */
    private void queueOnPool(CarrierThread own, CellCore cell) {
        own.owesOutside = true;
        try {
            pool.execute(new PoolTurn(cell));
        } catch (RejectedExecutionException e) {
            cell.turnRefused();
        }
    }

    /**
     * Hands on a cell whose turn just ended with more work, from the end of that turn (see
     * "Staying put" in the class comment): into the carrier's handoff slot, where {@link #exec}
     * runs it next, when the turn ran in a pool task of this system's pool (so never for a
     * blocking actor, whose turns run on virtual threads), the slot is empty, and {@link
     * #nothingWaits}; else as {@link #submit} with no handoff. The slot's cell is SCHEDULED and
     * leaves it exactly once, as for any handoff; the monitor cannot find it there behind a turn,
     * since {@link #exec} takes it as soon as the ending turn returns. The cell's thread, once
     * per win of its status CAS.
     *
     * @param cell the cell, SCHEDULED by the caller
     */
    void resubmit(CellCore cell) {
        CarrierThread own = ownCarrier();
        if (own != null && staysHere(own)) {
            own.put(cell);
            return;
        }
        submit(cell, false);
    }

    /**
     * {@return whether a turn that stopped at the throughput with mail left may go on into its
     * cell's next turn on this carrier, holding SCHEDULED} ({@link CellCore#runTurn}): when
     * {@link #resubmit} would keep the cell here ({@link #staysHere}) and no deferred wake-up is
     * due first (they go to the pool after each turn). The carrier's thread, between two turns of
     * a cell.
     *
     * @param c the calling carrier
     */
    boolean goesOnHere(CarrierThread c) {
        return staysHere(c) && !c.hasDeferred();
    }

    /**
     * {@return whether a cell with more work after its turn runs its next turn on this carrier}
     * ("Staying put" in the class comment): in a pool task, with an empty handoff slot and
     * nothing queued for this carrier or from outside. The carrier's thread.
     */
    private boolean staysHere(CarrierThread c) {
        return c.inPoolTurn && !c.looksFull() && nothingWaits(c);
    }

    /**
     * Queues a scheduled cell that was in a handoff slot onto the pool: from its carrier, onto
     * that carrier's own queue, where idle carriers can take it; from the monitor, as a wake-up
     * from outside (see there in the class comment).
     */
    void requeue(CellCore cell) {
        submit(cell, false);
    }

    /**
     * Hands on every cell in a carrier's deferred list (see "Long turns" in the class comment),
     * in the order they were deferred: from the carrier, onto its own queue; from the monitor, as
     * wake-ups from outside. The carrier's thread, or the monitor's.
     */
    void requeueDeferred(CarrierThread carrier) {
        submitAll(carrier.takeDeferred());
    }

    /**
     * Hands on every cell of a taken list (a carrier's deferred list, or the wake-ups from
     * outside after the first), in the list's order, as {@link #submit} with no handoff.
     *
     * @param next the list's first cell, linked through {@link WakeUpEntry#nextWakeUp}, or null
     */
    private void submitAll(WakeUpEntry next) {
        while (next != null) {
            WakeUpEntry cell = next;
            next = cell.nextWakeUp; // before the hand-off, after which it may be listed again
            cell.nextWakeUp = null;
            submit((CellCore) cell, false);
        }
    }

    /**
     * Queues the drain of the cells woken from outside the pool, after a push found none
     * waiting. If the pool refuses it (it shuts down), every cell waiting there is refused
     * instead: their pushes found a drain queued, or waiting to be, and this is the one. The
     * pushing thread.
     */
    private void queueDrain() {
        try {
            pool.execute(new PoolTurn(this)); // a turn of this scheduler: the drain
        } catch (RejectedExecutionException e) {
            refuseOutside();
        }
    }

    /** Refuses every cell woken from outside that waits for a drain: the pool shuts down. */
    private void refuseOutside() {
        WakeUpEntry next = outside.takeAll();
        while (next != null) {
            WakeUpEntry cell = next;
            next = cell.nextWakeUp;
            cell.nextWakeUp = null;
            ((CellCore) cell).turnRefused();
        }
    }

    /**
     * Takes the cells woken from outside the pool since the last take (see "Wake-ups from
     * outside" in the class comment): every one but the first goes onto the calling carrier's own
     * queue, in the order of the wake-ups, where idle carriers can take them ({@link
     * #submitAll}); the first is returned, to run on the calling thread now. The drain's
     * thread, or a carrier that owes the outside a turn.
     *
     * @return the oldest cell, or null if none waited
     */
    private CellCore takeOutside() {
        WakeUpEntry first = outside.takeAll();
        if (first != null) {
            WakeUpEntry rest = first.nextWakeUp;
            first.nextWakeUp = null;
            submitAll(rest);
        }
        return (CellCore) first;
    }

    /**
     * The cell to run for the oldest submission from outside the pool, if any (see "Fairness"
     * in the class comment): the submitted cell itself, or for the drain, the first cell of its
     * batch, which is taken here instead of by the drain. A carrier, between turns.
     *
     * @param c the calling carrier
     * @return the cell, or null if there was none
     */
    private CellCore pollOutside(CarrierThread c) {
        ForkJoinTask<?> task = ((CarrierPool) c.getPool()).pollOutside();
        if (task == null) {
            return null;
        }
        Object target = ((PoolTurn) task).target; // the pool's tasks are PoolTurns only
        return target instanceof CellCore cell ? cell : takeOutside(); // a cell, or the drain
    }

    /**
     * The drain: takes the batch and runs its first cell as a pool task would. Run by a {@link
     * PoolTurn} whose target is this scheduler, a new one for each batch ({@link #queueDrain}),
     * so a push after a take can queue the next drain while a carrier still runs this one; two
     * carriers may then run it at once, each with the batch it took. A carrier.
     */
    void drainOutside() {
        CellCore first = takeOutside();
        if (first != null) {
            exec(first);
        }
    }

    /**
     * Before a turn handles its next message: if a previous message woke a cell into this
     * carrier's slot, that cell goes to the pool now rather than wait for this handler. The
     * carrier's thread.
     */
    static void releaseHandoff(CarrierThread carrier) {
        if (carrier.looksFull()) {
            CellCore woken = carrier.take();
            if (woken != null) {
                woken.system.scheduler().requeue(woken);
            }
        }
    }

    // =========================================================================================
    // Running turns

    /**
     * A pool task: runs the cell's turn, then the cells that turns on this carrier woke up (the
     * handoff slot), up to {@link #HANDOFF_CHAIN} of them; past that the slot's cell goes to the
     * carrier's own queue. Then, if a cell went back onto that queue, it runs one submission from
     * outside the pool, so that neither a chain of handoffs nor actors that keep each other busy
     * can hold the carrier from outside work. Then the carrier lingers ({@link #linger}); if a
     * push from outside claims it there, it takes that batch of wake-ups and runs its first cell
     * the same way, in the same pool task (the rest go onto its own queue). The pool's thread.
     */
    void exec(CellCore cell) {
        if (!(Thread.currentThread() instanceof CarrierThread c)) {
            cell.runTurn(); // a pool may run a task on a thread that waits for it
            return;
        }
        CellCore next = cell;
        do {
            if (monitor.standsAside(c)) {
                standAside(c, next);
                return;
            }
            runTurns(c, next);
        } while (linger(c) && (next = takeOutside()) != null); // claimed: the batch is ours
    }

    /** The turns of one pool task's worth of work, from {@code cell} on: see {@link #exec}. */
    private void runTurns(CarrierThread c, CellCore cell) {
        c.inPoolTurn = true;
        try {
            runChain(c, cell);
            if (c.owesOutside) {
                c.owesOutside = false;
                CellCore outside = pollOutside(c);
                if (outside != null) {
                    runChain(c, outside);
                }
            }
            runQueued(c);
        } finally {
            c.inPoolTurn = false;
        }
    }

    /**
     * Runs the cells in the carrier's run queue, oldest first, each followed by the cells its
     * turn hands off, until the queue is empty (see "Solo or spread" in the class comment). Every
     * {@link #GATHER_EVERY} turns it first takes into the queue what waits for this carrier in
     * the pool ({@link #gather}). If the carrier no longer runs solo, what is left goes onto its
     * own queue in the pool, where any carrier may take it. The carrier's thread, in a pool task.
     */
    private void runQueued(CarrierThread c) {
        for (int i = 0; ; i++) {
            if (i % GATHER_EVERY == 0) {
                gather(c);
            }
            CellCore next = c.dequeue();
            if (next == null) {
                return;
            }
            if (monitor.solo() != c) {
                do {
                    queueOnPool(c, next);
                } while ((next = c.dequeue()) != null);
                return;
            }
            runChain(c, next);
        }
    }

    /**
     * Takes into the carrier's run queue, while it runs solo, the cells waiting for it in the
     * pool: those in its own queue there (queued before it ran solo) and the submissions from
     * outside (cells that carriers standing aside passed on, and batches of wake-ups from
     * outside), in that order, each in the order it was queued. Without this, a carrier whose run
     * queue never empties would leave them waiting for as long as it runs solo: in Savina's
     * Dining Philosophers, whose philosophers always have work, a build without it handled
     * about twice the messages a run at the same rate (more of the philosophers' requests were
     * denied) and was slower in every one of 8 rounds. A cell that does not fit stays in the
     * pool. The carrier's thread, between turns.
     */
    private void gather(CarrierThread c) {
        if (monitor.solo() != c) {
            return;
        }
        int room = CarrierThread.RUN_QUEUE_CAPACITY / 2;
        ForkJoinTask<?> task;
        while (room-- > 0 && ForkJoinTask.getQueuedTaskCount() != 0
                && (task = PoolTurn.pollLocal()) != null) {
            takeIn(task);
        }
        while (room-- > 0 && pool.hasQueuedSubmissions() && (task = pool.pollOutside()) != null) {
            takeIn(task);
        }
    }

    /**
     * Hands on a pool task's cells, taken out of the pool unrun, as {@link #submit} with no
     * handoff, which puts them into the solo carrier's run queue, or back onto its own queue when
     * that is full: the task's cell, or for the drain, every cell of the batch it stands for. The
     * carrier's thread, in a pool task.
     */
    private void takeIn(ForkJoinTask<?> task) {
        Object target = ((PoolTurn) task).target; // the pool's tasks are PoolTurns only
        if (target instanceof CellCore cell) {
            submit(cell, false);
        } else {
            submitAll(outside.takeAll()); // the drain's batch, in order
        }
    }

    /**
     * While another carrier runs solo (see "Solo or spread" in the class comment): passes the
     * cell, and every task in this carrier's own queue, to the pool's submission queues, where
     * the solo carrier takes them, then parks until the monitor spreads again. This carrier's
     * handoff slot and deferred list are empty here: the pool task before this one emptied them.
     * The pool's thread, at the start of a pool task.
     */
    private void standAside(CarrierThread c, CellCore cell) {
        passOn(cell);
        ForkJoinTask<?> queued;
        while ((queued = PoolTurn.pollLocal()) != null) {
            passOn(((PoolTurn) queued).target); // the pool's tasks are PoolTurns only
        }
        monitor.parkWhileAside(c);
    }

    /**
     * Queues a scheduled cell, or the drain, as a submission from outside, in a new {@link
     * PoolTurn} (a task taken from a queue is never queued again: see there); see {@link
     * #standAside}.
     */
    private void passOn(Object target) {
        try {
            pool.externalSubmit(new PoolTurn(target));
        } catch (RejectedExecutionException e) {
            if (target instanceof CellCore cell) {
                cell.turnRefused(); // the pool shuts down
            } else {
                refuseOutside(); // the drain's batch
            }
        }
    }

    /**
     * Spins while no task waits anywhere in the pool, for at most {@link #LINGER_NANOS}, and
     * returns as soon as one does or the time is up (see "Idle carriers" in the class comment).
     * What waits for this carrier ({@link #nothingWaits}) is read first; the other carriers'
     * queues only while nothing does. While it spins, the carrier is offered as the taker of the
     * next batch of wake-ups from outside ({@link OutsideWakeUps#offer}); a push that claims it
     * queues no drain, and this carrier takes the batch instead. The pool's thread, after a pool
     * task.
     *
     * @return whether a pusher claimed this carrier, which must then take the batch
     */
    private boolean linger(CarrierThread c) {
        boolean offered = false;
        long deadline = 0;
        while (nothingWaits(c) && pool.getQueuedTaskCount() == 0) {
            long now = System.nanoTime();
            if (deadline == 0) {
                deadline = now + LINGER_NANOS;
                offered = outside.offer(c); // false while another carrier is offered
            } else if (offered && !outside.stillOffered(c)) {
                return true;
            } else if (now - deadline >= 0) {
                break;
            }
            Thread.onSpinWait();
        }
        return offered && !outside.withdraw(c); // a claim that came as this carrier stopped
    }

    /**
     * Runs a cell's turn, then the cells its turn and theirs hand off ({@link #runHandoffs}). The
     * carrier's thread, in a pool task.
     */
    private void runChain(CarrierThread c, CellCore first) {
        first.runTurn();
        afterTurn(c);
        runHandoffs(c, first);
    }

    /**
     * Runs the slot's cells after {@code ran}'s turn, up to {@link #HANDOFF_CHAIN}, or while two
     * actors hand off to each other, up to {@link #ALTERNATING_CHAIN} alternations; then, if
     * other work waits, queues the next one (see "Fairness" in the class comment).
     *
     * @param c the calling carrier
     * @param ran the cell whose turn just ran on it, the first of the chain
     */
    private void runHandoffs(CarrierThread c, CellCore ran) {
        CellCore last = ran;
        CellCore beforeLast = null;
        int alternations = 0; // turns in a row that ran the cell of the turn before the last
        CellCore next;
        for (int i = 0; (next = c.takeAfterTurn()) != null; i++) {
            alternations = next == beforeLast && next != last ? alternations + 1 : 0;
            if (i >= HANDOFF_CHAIN || alternations >= ALTERNATING_CHAIN) {
                if (nothingWaits(c)) {
                    i = 0; // nothing waits for this carrier: queuing would only wake another
                    alternations = 0;
                } else {
                    submit(next, false); // to the back: the run queue if solo, else the pool
                    return;
                }
            }
            beforeLast = last;
            last = next;
            next.runTurn();
            afterTurn(c);
        }
    }

    /** After a turn: the cells it woke while it ran long go to the pool. The carrier's thread. */
    private void afterTurn(CarrierThread c) {
        if (c.hasDeferred()) {
            requeueDeferred(c);
        }
    }

    /**
     * The turns a thread owes when an executor runs tasks on the calling thread: a turn that
     * schedules another (its own next turn, or another actor's) from inside itself must not run
     * it nested, which would grow the stack with every turn.
     */
    private static final class Trampoline {
        boolean active;
        final ArrayDeque<CellCore> owed = new ArrayDeque<>();
    }

    private static final ThreadLocal<Trampoline> TRAMPOLINE =
            ThreadLocal.withInitial(Trampoline::new);

    /** The turn as a user executor or a virtual thread runs it. That executor's thread. */
    void runFromExecutor(CellCore cell) {
        Trampoline t = TRAMPOLINE.get();
        if (t.active) { // the executor ran us inline, inside a turn: run after it, not nested
            t.owed.add(cell);
            return;
        }
        t.active = true;
        try {
            cell.runTurn();
            CellCore next;
            while ((next = t.owed.poll()) != null) {
                next.runTurn();
            }
        } finally {
            t.active = false;
        }
    }

    // =========================================================================================
    // Executors

    /** {@return the executor of blocking actors: a new virtual thread for every turn} */
    private Executor virtualThreads() {
        ExecutorService v = virtualThreads;
        if (v == null) {
            synchronized (this) { // once per system, off the hot path
                v = virtualThreads;
                if (v == null) {
                    v = Executors.newThreadPerTaskExecutor(Thread.ofVirtual()
                            .name("rt-" + systemName + "-blocking-", 1).factory());
                    virtualThreads = v;
                }
            }
        }
        return v;
    }

    /**
     * Shuts the system's own executors down: the monitor, the virtual threads, the pool. The
     * user's executor is the user's. Called once, when the system has terminated.
     */
    void shutdown() {
        if (monitor != null) {
            monitor.stop();
        }
        ExecutorService v = virtualThreads;
        if (v != null) {
            v.shutdown();
        }
        if (pool != null) {
            pool.shutdown();
        }
    }
}
