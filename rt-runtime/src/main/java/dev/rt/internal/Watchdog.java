package dev.rt.internal;

import dev.rt.MonitorEvent;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds actors that block a carrier thread of the system's pool, and reports each such turn
 * once ({@link MonitorEvent.ActorBlocked}, and a warning).
 *
 * <p>Concurrency: each {@link CarrierThread} publishes its current turn in fields of its own
 * (see there): nothing on the hot path is shared between carriers. Carriers register when they
 * start and leave when they end ({@link CopyOnWriteArrayList}: rare writes, lock-free reads).
 * The watchdog's own thread reads every carrier each quarter of the threshold; a carrier that
 * shows the same cell and the same turn number for longer than the threshold runs a blocked
 * turn. The reads may be a little late, which only delays a report; they never invent one,
 * since a new turn always changes the turn number. Everything else here is confined to the
 * watchdog's thread.
 *
 * <p>A turn seen running for a whole period also has its carrier's handoff slot emptied into
 * the pool's queue (see {@link ActorCell#exec}): a cell handed off just before a handler went on
 * to run long, or to block, then waits at most one period, instead of until the handler
 * returns, while other carriers may be idle.
 */
final class Watchdog implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(dev.rt.ActorSystem.class);

    private final SystemCore system;
    private final long thresholdNanos;
    private final CopyOnWriteArrayList<CarrierThread> carriers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;

    /** What the watchdog last saw of one carrier; the watchdog's thread only. */
    private static final class Seen {
        ActorCell<?, ?> cell;
        long turn;
        long since;
        boolean reported;
    }

    Watchdog(SystemCore system, long thresholdNanos) {
        this.system = system;
        this.thresholdNanos = thresholdNanos;
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
        long pause = Math.max(thresholdNanos / 4, TimeUnit.MILLISECONDS.toNanos(1));
        while (!stopped) {
            LockSupport.parkNanos(pause);
            long now = System.nanoTime();
            if (seen.size() > carriers.size()) {
                seen.keySet().retainAll(carriers); // carriers that ended
            }
            for (CarrierThread carrier : carriers) {
                Seen s = seen.computeIfAbsent(carrier, c -> new Seen());
                ActorCell<?, ?> cell = carrier.current();
                long turn = carrier.turns();
                if (cell == null || cell != s.cell || turn != s.turn) {
                    s.cell = cell;
                    s.turn = turn;
                    s.since = now;
                    s.reported = false;
                    continue;
                }
                // the same turn for a whole period: whatever it handed off would wait behind it
                ActorCell<?, ?> stranded = carrier.takeNext();
                if (stranded != null) {
                    stranded.requeue();
                }
                if (!s.reported && now - s.since >= thresholdNanos) {
                    s.reported = true;
                    report(cell, TimeUnit.NANOSECONDS.toMillis(now - s.since), carrier);
                }
            }
        }
    }

    private void report(ActorCell<?, ?> cell, long millis, CarrierThread carrier) {
        LOG.warn("actor {} has blocked a carrier thread of the pool for {} ms in one turn; it"
                + " starves the actors that share the pool: declare it @ActorBehavior(blocking ="
                + " true) so it runs on virtual threads, or move the blocking work off it",
                cell.path(), millis);
        if (system.monitored()) {
            system.emit(new MonitorEvent.ActorBlocked(cell.path(), millis, carrier.getName()));
        }
    }
}
