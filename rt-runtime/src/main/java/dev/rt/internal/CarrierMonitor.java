package dev.rt.internal;

import dev.rt.MonitorEvent;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the carriers of a system's own pool, on a thread of its own, and steers them:
 *
 * <ol>
 *   <li><b>Stranded handoffs</b> (always). A cell seen in a carrier's handoff slot at two looks
 *       in a row, behind the same turn, is taken out ({@link CarrierThread#rescue}) into the pool's
 *       queue: a cell handed off before a handler went on to run long, or to block, then waits
 *       one or two periods instead of until the handler returns, while other carriers may be
 *       idle. A cell that a turn hands off as it ends is run by its carrier, whenever the monitor
 *       looks.
 *   <li><b>Stranded run queues</b> (always). The cells that a carrier queued for itself while
 *       it ran solo ({@link CarrierThread#enqueue}) and that wait behind a turn seen at two looks
 *       in a row are taken out into the pool the same way ({@link
 *       CarrierThread#rescueRunQueue}), so a handler that blocks on the solo carrier does not
 *       hold them while another carrier takes over.
 *   <li><b>Long turns</b> (always). A turn seen at two looks in a row that stranded a cell in
 *       its slot, or woke at least {@link #FAN_OUT} actors in between (each pushing the one
 *       before it out of the slot), is marked long ({@link CarrierThread#markLong}): it hands
 *       nothing off any more, and the cells it wakes may wait in its carrier's deferred list
 *       ({@link CarrierThread#defer}), which the monitor moves to the pool at every look (the
 *       carrier also does, when the turn ends or the list has waited long enough; see "Long
 *       turns" in {@link Scheduler}). Both parts belong to the scheduling policy, so they run
 *       whatever the diagnostics say.
 *   <li><b>The period</b> is {@link #BUSY_PERIOD_NANOS} while any carrier is seen in a turn;
 *       while none is, it doubles up to {@link #IDLE_PERIOD_NANOS} (or a quarter of the blocked
 *       threshold, if that is shorter), so an idle system's monitor wakes a few times a second.
 *       A carrier that puts a cell into its handoff slot while the monitor dozes wakes it
 *       ({@link #nudge}), so a stranded cell waits one or two busy periods however long the
 *       system was idle before.
 *   <li><b>Solo or spread</b> (always, with two carriers or more). At each busy look it counts the
 *       messages and signals the carriers handled since the last one, per millisecond of the time
 *       since then, and {@link Consolidation} decides whether one carrier runs every turn ({@link
 *       #solo}) or all of them do. While one runs solo, every other carrier that the pool hands a
 *       task stands aside ({@link Scheduler#exec}): it passes the task and its own queue to the
 *       pool's submission queues, where the solo carrier takes them, and parks until the monitor
 *       spreads again ({@link #parkWhileAside}). The solo carrier is one that runs no long turn:
 *       when it is seen in the same turn at two looks, another takes over.
 *   <li><b>Blocked actors</b> (when {@code blockedThreshold} is not zero). A carrier that shows
 *       the same cell and the same turn number for longer than the threshold runs a blocked
 *       turn, reported once ({@link MonitorEvent.ActorBlocked}, and a warning).
 * </ol>
 *
 * <p>Concurrency: each {@link CarrierThread} publishes its current turn in fields of its own
 * (see there): nothing on the hot path is shared between carriers. Carriers register when they
 * start and leave when they end ({@link CopyOnWriteArrayList}: rare writes, lock-free reads). The
 * reads may be a little late, which only delays a rescue or a report; they never invent one,
 * since a new turn always changes the turn number. Everything else here is confined to the
 * monitor's thread.
 */
final class CarrierMonitor implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(dev.rt.ActorSystem.class);

    /**
     * How many actors a turn must wake between two looks, each pushing the one before it out of
     * the slot, for the monitor to mark it long as a fan-out (see "Long turns" in {@link
     * Scheduler}).
     */
    static final int FAN_OUT = 32;

    /** How often carriers are read while one of them runs a turn. */
    static final long BUSY_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** How often, at most, carriers are read while none of them runs a turn. */
    static final long IDLE_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final SystemCore system;
    private final Scheduler scheduler;
    /** After how long in one turn an actor is reported as blocking; zero: never. */
    private final long thresholdNanos;
    private final CopyOnWriteArrayList<CarrierThread> carriers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;
    /**
     * Set while the monitor parks for longer than {@link #BUSY_PERIOD_NANOS}, because no carrier
     * ran a turn at its last look; cleared by whoever wakes it first ({@link #nudge}, or the
     * monitor itself). Written on those transitions only, so the carriers' reads of it on the
     * handoff path hit a line that stays shared while they run.
     */
    private volatile boolean dozing;
    /**
     * How many turns the fan-out rule has marked long so far. Written by the monitor's thread
     * only; read by any thread ({@link #fanOutMarks}).
     */
    private volatile long fanOutMarks;
    /**
     * How many cells the monitor has taken out from behind a turn so far, from a handoff slot or
     * a run queue. Written by the monitor's thread only; read by any thread ({@link #rescues}).
     */
    private volatile long rescues;

    private static final VarHandle DOZING;

    /**
     * The carrier that runs every turn while the monitor has consolidated the pool, or null while
     * every carrier does (see {@link Consolidation}). Written by the monitor's thread, and
     * cleared by {@link #stop}; read by carriers at the start of each pool task. Once {@link
     * #stop} has returned it stays null: stop writes {@link #stopped} then clears it, the
     * monitor writes it then reads {@link #stopped} and clears it if set, all volatile, so one of
     * the two sees the other's write.
     */
    private volatile CarrierThread solo;
    /** Solo or spread; the monitor's thread only. */
    private final Consolidation consolidation = new Consolidation();
    /** The carriers' handled messages and signals at the last look; the monitor's thread only. */
    private long lastHandled = -1;
    /** The time of the last look ({@link System#nanoTime}); the monitor's thread only. */
    private long lastLook;

    static {
        try {
            DOZING = MethodHandles.lookup().findVarHandle(CarrierMonitor.class, "dozing",
                    boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What the monitor last saw of one carrier; the monitor's thread only. */
    private static final class Seen {
        CellCore cell;
        long turn;
        long since;
        boolean reported;
        /** The cell that was in the carrier's handoff slot at the last look, or null. */
        Object inSlot;
        /** The carrier's count of cells pushed out of its slot, at the last look. */
        int displaced;
    }

    CarrierMonitor(SystemCore system, Scheduler scheduler, long thresholdNanos) {
        this(system.name(), system, scheduler, thresholdNanos);
    }

    private CarrierMonitor(String systemName, SystemCore system, Scheduler scheduler,
            long thresholdNanos) {
        this.system = system;
        this.scheduler = scheduler;
        this.thresholdNanos = thresholdNanos;
        this.thread = Thread.ofPlatform().daemon().name("rt-" + systemName + "-monitor")
                .unstarted(this);
    }

    /**
     * {@return a monitor of no system, whose thread is never started} For the jcstress tests of
     * its races, which call its methods directly; it reports no blocked actor (a zero threshold),
     * and {@link #run} must not be called on it.
     *
     * @param name the name its thread would have
     */
    static CarrierMonitor unstarted(String name) {
        return new CarrierMonitor(name, null, null, 0);
    }

    void start() {
        thread.start();
    }

    void stop() {
        stopped = true;
        LockSupport.unpark(thread);
        spread();
    }

    /**
     * {@return whether {@code carrier} must stand aside because another runs solo} Any carrier,
     * at the start of a pool task; one volatile read.
     */
    boolean standsAside(CarrierThread carrier) {
        CarrierThread s = solo;
        return s != null && s != carrier;
    }

    /**
     * Parks the calling carrier while another runs solo. It wakes when the monitor spreads again
     * ({@link #spread} unparks every carrier), and looks again at least every millisecond, so a
     * wake-up it misses costs that much at most. A carrier that stands aside.
     *
     * @param carrier the calling carrier
     */
    void parkWhileAside(CarrierThread carrier) {
        while (standsAside(carrier)) {
            LockSupport.parkNanos(this, BUSY_PERIOD_NANOS);
        }
    }

    /** Tests only: prefers solo (true), spread (false), or measures again (null). */
    void forceSolo(Boolean mode) {
        consolidation.force(mode);
    }

    /**
     * {@return the messages and signals that the carriers registered now have handled so far}
     * Any thread; a sum of racy reads, each carrier's count as of its last turn.
     */
    long handled() {
        long sum = 0;
        for (CarrierThread c : carriers) {
            sum += c.handled();
        }
        return sum;
    }

    /** {@return the carriers registered now} Any thread; tests only. */
    List<CarrierThread> carriers() {
        return carriers;
    }

    /** {@return the carrier that runs solo now, or null} Any thread; tests only. */
    CarrierThread solo() {
        return solo;
    }

    /** Every carrier runs turns again: they are unparked. The monitor's thread, or stop. */
    private void spread() {
        if (solo != null) {
            solo = null;
            unparkCarriers();
        }
    }

    /** Wakes every carrier that parks while it stands aside, to look at {@link #solo} again. */
    private void unparkCarriers() {
        for (CarrierThread c : carriers) {
            LockSupport.unpark(c);
        }
    }

    /**
     * One look of {@link Consolidation}, at {@code now}; sets or clears {@link #solo}. The solo
     * carrier is one that runs no long turn: when the one running solo is seen in the same turn
     * at two looks (it blocks, or the system has not given it a core), another takes over, and
     * when every carrier is in a long turn they spread. The monitor's thread.
     *
     * @param inLongTurn the carriers seen in the same turn as at the last look
     * @param now the time of this look ({@link System#nanoTime})
     * @param busy whether a carrier was in a turn at this look
     */
    private void consolidate(List<CarrierThread> inLongTurn, long now, boolean busy) {
        long handled = handled();
        long since = lastHandled < 0 ? 0 : handled - lastHandled;
        lastHandled = handled;
        long elapsed = now - lastLook;
        lastLook = now;
        consolidate(since, elapsed, busy, inLongTurn);
    }

    /**
     * The rest of {@link #consolidate(List, long, boolean)}, given the messages and signals
     * handled since the last look. The monitor's thread; the jcstress test {@code SoloVsStop}
     * calls it on an {@link #unstarted} monitor to race it with {@link #stop}.
     *
     * @param since messages and signals that the carriers handled since the last look
     * @param elapsedNanos the time since the last look
     * @param busy whether a carrier was in a turn at this look
     * @param inLongTurn the carriers seen in the same turn as at the last look
     */
    void consolidate(long since, long elapsedNanos, boolean busy,
            List<CarrierThread> inLongTurn) {
        if (stopped || carriers.size() < 2 || !consolidation.look(since, elapsedNanos, busy)) {
            spread();
            return;
        }
        CarrierThread now = solo;
        if (now != null && carriers.contains(now) && !inLongTurn.contains(now)) {
            return;
        }
        CarrierThread next = null;
        for (CarrierThread c : carriers) {
            if (!inLongTurn.contains(c)) {
                next = c;
                break;
            }
        }
        if (next == null) {
            spread();
        } else {
            solo = next;
            if (stopped) {
                spread(); // stop() may have spread before this write: both are volatile
            } else {
                unparkCarriers(); // the new solo carrier may stand aside now
            }
        }
    }

    /**
     * A carrier has just put a cell into its empty handoff slot: if the monitor dozes, because
     * no carrier ran a turn at its last look, it wakes now, so that a cell stranded behind the
     * turn that put it there is found within one or two {@link #BUSY_PERIOD_NANOS}, not after
     * the rest of a doze of up to {@link #IDLE_PERIOD_NANOS}. Without it, a turn that began after
     * the system had been idle stranded the actor it woke first until the turn ended (Savina
     * Sleeping Barber's waiting room, behind the factory's whole production: 9 to 89 ms). Any
     * carrier; while the monitor is awake, one volatile read. A put that races the monitor as it
     * dozes off may go unseen until that doze ends, as every put did before.
     */
    void nudge() {
        if (dozing && DOZING.compareAndSet(this, true, false)) {
            LockSupport.unpark(thread);
        }
    }

    /** {@return whether the monitor dozes now} Any thread; out of date as soon as it returns. */
    boolean dozing() {
        return dozing;
    }

    /**
     * {@return how many turns the fan-out rule has marked long since the system started} Any
     * thread; a mark is counted after the carrier's mark is written.
     */
    long fanOutMarks() {
        return fanOutMarks;
    }

    /**
     * {@return how many cells the monitor has taken out from behind a turn since the system
     * started} Any thread; a rescue is counted after its cell is handed to the scheduler. Tests
     * use it to tell a chain of turns that the monitor cut and restarted from one that ran on.
     */
    long rescues() {
        return rescues;
    }

    /** A carrier starts. Called on that carrier. */
    void register(CarrierThread carrier) {
        carriers.add(carrier);
    }

    /** A carrier ends. Called on that carrier. */
    void unregister(CarrierThread carrier) {
        carriers.remove(carrier);
    }

    @Override
    public void run() {
        Map<CarrierThread, Seen> seen = new IdentityHashMap<>();
        long idlePause = thresholdNanos == 0 ? IDLE_PERIOD_NANOS
                : Math.max(Math.min(thresholdNanos / 4, IDLE_PERIOD_NANOS), BUSY_PERIOD_NANOS);
        long pause = BUSY_PERIOD_NANOS;
        while (!stopped) {
            if (pause > BUSY_PERIOD_NANOS) {
                dozing = true; // until a handoff nudges it awake, or the pause is over
            }
            LockSupport.parkNanos(pause);
            if (dozing) {
                dozing = false;
            }
            long now = System.nanoTime();
            if (seen.size() > carriers.size()) {
                seen.keySet().retainAll(carriers); // carriers that ended
            }
            boolean busy = false;
            List<CarrierThread> inLongTurn = List.of();
            for (CarrierThread carrier : carriers) {
                if (carrier.hasDeferred()) { // a long turn woke them since the last look
                    scheduler.requeueDeferred(carrier);
                }
                Seen s = seen.computeIfAbsent(carrier, c -> new Seen());
                CellCore cell = carrier.current();
                long turn = carrier.turns();
                busy |= cell != null;
                Object waiting = carrier.peek();
                int displaced = carrier.displacements();
                if (cell == null || cell != s.cell || turn != s.turn) {
                    s.cell = cell;
                    s.turn = turn;
                    s.since = now;
                    s.reported = false;
                    s.inSlot = waiting;
                    s.displaced = displaced;
                    continue;
                }
                if (inLongTurn.isEmpty()) { // the same turn as at the last look
                    inLongTurn = new ArrayList<>(2);
                }
                inLongTurn.add(carrier);
                if (displaced - s.displaced >= FAN_OUT) {
                    // the same turn as at the last look, and it has woken many actors since:
                    // its wake-ups from now on go to the pool in batches, not through the slot
                    carrier.markLong(turn);
                    fanOutMarks++; // this thread is the only writer
                }
                if (waiting != null && waiting == s.inSlot) {
                    // a cell has waited behind this turn for a whole period: to the pool, and
                    // this turn hands nothing off any more
                    carrier.markLong(turn);
                    CellCore stranded = carrier.rescue(cell, turn);
                    if (stranded != null) {
                        scheduler.requeue(stranded);
                        rescues++; // this thread is the only writer
                    }
                    waiting = null;
                }
                if (!carrier.runQueueLooksEmpty()) {
                    // cells it queued for itself while it ran solo wait behind this turn: to the
                    // pool, where the next solo carrier, or any while spread, takes them
                    for (CellCore queued : carrier.rescueRunQueue(cell, turn)) {
                        scheduler.requeue(queued);
                        rescues++; // this thread is the only writer
                    }
                }
                s.displaced = displaced;
                s.inSlot = waiting;
                if (thresholdNanos != 0 && !s.reported && now - s.since >= thresholdNanos) {
                    s.reported = true;
                    report(cell, TimeUnit.NANOSECONDS.toMillis(now - s.since), carrier);
                }
            }
            consolidate(inLongTurn, now, busy);
            pause = busy ? BUSY_PERIOD_NANOS : Math.min(pause * 2, idlePause);
        }
    }

    private void report(CellCore cell, long millis, CarrierThread carrier) {
        LOG.warn("actor {} has blocked a carrier thread of the pool for {} ms in one turn; it"
                + " starves the actors that share the pool: declare it @ActorBehavior(blocking ="
                + " true) so it runs on virtual threads, or move the blocking work off it",
                cell.path(), millis);
        if (system.monitored()) {
            system.emit(new MonitorEvent.ActorBlocked(cell.path(), millis, carrier.getName()));
        }
    }
}
