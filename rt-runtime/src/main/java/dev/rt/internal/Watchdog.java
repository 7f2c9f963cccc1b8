package dev.rt.internal;

import dev.rt.MonitorEvent;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds actors that block a carrier thread of the system's pool, and reports each such turn
 * once ({@link MonitorEvent.ActorBlocked}, and a warning).
 *
 * <p>Concurrency: each carrier thread owns one slot, by its pool index. At the start of a turn
 * it writes the cell and bumps the slot's turn number; at the end it clears the cell. Both are
 * opaque writes: no fence on the hot path. The watchdog's own thread reads the slots every
 * quarter of the threshold; a slot that shows the same cell and the same turn number for longer
 * than the threshold is a blocked turn. The reads may be a little late, which only delays a
 * report; they never invent one, since a new turn always changes the turn number.
 */
final class Watchdog implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(dev.rt.ActorSystem.class);
    private static final VarHandle CELLS = MethodHandles.arrayElementVarHandle(ActorCell[].class);
    private static final VarHandle TURNS = MethodHandles.arrayElementVarHandle(long[].class);

    private final SystemCore system;
    private final long thresholdNanos;
    private final ActorCell<?, ?>[] cells;
    private final long[] turns;
    private final Thread thread;
    private volatile boolean stopped;

    Watchdog(SystemCore system, long thresholdNanos, int slots) {
        this.system = system;
        this.thresholdNanos = thresholdNanos;
        this.cells = new ActorCell<?, ?>[slots];
        this.turns = new long[slots];
        this.thread = Thread.ofPlatform().daemon().name("rt-" + system.name() + "-watchdog")
                .unstarted(this);
    }

    void start() {
        thread.start();
    }

    void stop() {
        stopped = true;
        LockSupport.unpark(thread);
    }

    /** The slot of the calling carrier thread, or -1 if it is not one of the pool's. */
    int slotOf(Thread t) {
        return t instanceof CarrierThread c ? c.slot(cells.length) : -1;
    }

    /** A turn starts on the carrier with slot {@code i}. The carrier's thread only. */
    void enter(int i, ActorCell<?, ?> cell) {
        TURNS.setOpaque(turns, i, (long) TURNS.getOpaque(turns, i) + 1);
        CELLS.setOpaque(cells, i, cell);
    }

    /** The turn on slot {@code i} has ended. The carrier's thread only. */
    void exit(int i) {
        CELLS.setOpaque(cells, i, (ActorCell<?, ?>) null);
    }

    @Override
    public void run() {
        int n = cells.length;
        ActorCell<?, ?>[] seen = new ActorCell<?, ?>[n];
        long[] seenTurn = new long[n];
        long[] since = new long[n];
        boolean[] reported = new boolean[n];
        long pause = Math.max(thresholdNanos / 4, TimeUnit.MILLISECONDS.toNanos(1));
        while (!stopped) {
            LockSupport.parkNanos(pause);
            long now = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ActorCell<?, ?> cell = (ActorCell<?, ?>) CELLS.getOpaque(cells, i);
                long turn = (long) TURNS.getOpaque(turns, i);
                if (cell == null || cell != seen[i] || turn != seenTurn[i]) {
                    seen[i] = cell;
                    seenTurn[i] = turn;
                    since[i] = now;
                    reported[i] = false;
                } else if (!reported[i] && now - since[i] >= thresholdNanos) {
                    reported[i] = true;
                    report(cell, TimeUnit.NANOSECONDS.toMillis(now - since[i]), i);
                }
            }
        }
    }

    private void report(ActorCell<?, ?> cell, long millis, int slot) {
        String carrier = "carrier " + slot;
        LOG.warn("actor {} has blocked a carrier thread of the pool for {} ms in one turn; it"
                + " starves the actors that share the pool: declare it @ActorBehavior(blocking ="
                + " true) so it runs on virtual threads, or move the blocking work off it",
                cell.path, millis);
        if (system.monitored()) {
            system.emit(new MonitorEvent.ActorBlocked(cell.path, millis, carrier));
        }
    }
}
