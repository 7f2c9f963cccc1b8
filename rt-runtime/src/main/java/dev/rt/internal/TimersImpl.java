package dev.rt.internal;

import dev.rt.Cancellable;
import dev.rt.Timers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An actor's timers. The map is confined to the actor's thread; the timer service's thread only
 * enqueues a {@link Envelope.TimerFire} and, for a periodic timer, schedules the next firing
 * unless the entry was cancelled (a volatile flag). A firing is delivered only if its entry is
 * still the current one for its key, so a cancelled or replaced timer never delivers, even if
 * its message was already queued. A system's {@link CellObserver} is told of each timer the
 * behavior starts or cancels; the cancellation of them all when an incarnation ends ({@link
 * #clear}) is the runtime's, and is not reported.
 *
 * @param <M> the protocol
 */
final class TimersImpl<M> implements Timers<M> {

    /** One started timer. */
    static final class Entry implements Runnable {
        final Object key;
        final Object message;
        final long intervalNanos; // 0 for a single timer
        final ActorCell<?, ?> cell;
        volatile boolean cancelled;
        volatile Cancellable scheduled;

        Entry(Object key, Object message, long intervalNanos, ActorCell<?, ?> cell) {
            this.key = key;
            this.message = message;
            this.intervalNanos = intervalNanos;
            this.cell = cell;
        }

        /** Runs on the timer service's thread. */
        @Override
        public void run() {
            if (cancelled) {
                return;
            }
            cell.tellFromRuntime(new Envelope.TimerFire(this));
            if (intervalNanos > 0 && !cancelled) {
                scheduled = cell.system.timers().schedule(Duration.ofNanos(intervalNanos), this);
            }
        }

        void cancel() {
            cancelled = true;
            Cancellable c = scheduled;
            if (c != null) {
                c.cancel();
            }
        }
    }

    private final ActorCell<?, M> cell;
    /** In start order, so that {@link #cancelAll} reports them in that order. */
    private final Map<Object, Entry> entries = new LinkedHashMap<>();

    TimersImpl(ActorCell<?, M> cell) {
        this.cell = cell;
    }

    @Override
    public void startSingle(Object key, M message, Duration delay) {
        cell.checkOnActorThread("timers");
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException(negativeDelay(key, delay));
        }
        start(key, message, delay, 0);
    }

    @Override
    public void startPeriodic(Object key, M message, Duration interval) {
        cell.checkOnActorThread("timers");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(nonPositiveInterval(key, interval));
        }
        start(key, message, interval, interval.toNanos());
    }

    /** The message for a single timer's negative delay. */
    static String negativeDelay(Object key, Duration delay) {
        return "a single timer '" + key + "' needs a delay of zero or more, got " + delay
                + "; pass Duration.ZERO to send its message as soon as possible";
    }

    /** The message for a periodic timer's interval that is not positive; likewise. */
    static String nonPositiveInterval(Object key, Duration interval) {
        return "a periodic timer '" + key + "' needs a positive interval, got " + interval
                + "; to send a message at once and then periodically, also start a single timer"
                + " with Duration.ZERO";
    }

    private void start(Object key, M message, Duration delay, long interval) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
        Entry entry = new Entry(key, message, interval, cell);
        Entry old = entries.put(key, entry);
        if (old != null) {
            old.cancel();
        }
        entry.scheduled = cell.system.timers().schedule(delay, entry);
        cell.system.observer().timerStarted(cell.self, key, message, delay, interval > 0);
    }

    @Override
    public void cancel(Object key) {
        cell.checkOnActorThread("timers");
        Entry old = entries.remove(key);
        if (old != null) {
            old.cancel();
            cell.system.observer().timerCancelled(cell.self, key);
        }
    }

    @Override
    public void cancelAll() {
        cell.checkOnActorThread("timers");
        CellObserver observer = cell.system.observer();
        for (Entry e : entries.values()) {
            e.cancel();
            observer.timerCancelled(cell.self, e.key);
        }
        entries.clear();
    }

    /** Cancels every timer as an incarnation ends (stop, restart, abandonment). Actor's thread. */
    void clear() {
        for (Entry e : entries.values()) {
            e.cancel();
        }
        entries.clear();
    }

    /** {@return the keys of the running timers} Actor's thread; for the testkit. */
    Set<Object> keys() {
        return Set.copyOf(entries.keySet());
    }

    /**
     * Fires a running timer now, as the timer service would, for the testkit: its message is
     * queued through the same envelope and delivered only if the timer still runs then. A single
     * timer's scheduled firing is cancelled, since this is its firing; a periodic timer's
     * schedule is unchanged. Actor's thread.
     *
     * @return false if no timer runs under {@code key}
     */
    boolean fireNow(Object key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return false;
        }
        if (entry.intervalNanos == 0) {
            entry.cancel(); // its scheduled firing; accept() still takes this one
        }
        cell.tellFromRuntime(new Envelope.TimerFire(entry));
        return true;
    }

    @Override
    public boolean isActive(Object key) {
        cell.checkOnActorThread("timers");
        return entries.containsKey(key);
    }

    /** Whether a firing is still wanted; a single timer ends with its firing. Actor's thread. */
    boolean accept(Entry entry) {
        if (entries.get(entry.key) != entry) {
            return false;
        }
        if (entry.intervalNanos == 0) {
            entries.remove(entry.key);
        }
        return true;
    }
}
