package dev.rt.micrometer;

import dev.rt.Accounting;
import dev.rt.ActorInfo;
import dev.rt.ActorSystem;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Takes {@link Sample}s of a system, at most one per {@code maxAgeNanos}, for every meter that
 * reads one.
 *
 * <p>Concurrency: any thread reads {@link #sample()}; the last sample is published through a
 * volatile field, and a new one is taken under this object's lock, which only meter reads
 * (scrapes) take, never an actor. The listeners are told each sample taken, after the lock is
 * released, on the reading thread.
 *
 * <p>The message counts are made monotonic: a {@code FunctionCounter} must never go down, and
 * the live part of the
 * accounting ({@code processed}) may, briefly, while an actor moves from the live tree to the
 * retired total; each count is the highest seen.
 */
final class Sampler {

    /** Told each sample taken. */
    interface Listener {
        void sampled(Sample sample);
    }

    private final ActorSystem system;
    private final long maxAgeNanos;
    private final RtMetrics.MailboxGauges mode;
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile Sample last;

    Sampler(ActorSystem system, long maxAgeNanos, RtMetrics.MailboxGauges mode) {
        this.system = system;
        this.maxAgeNanos = maxAgeNanos;
        this.mode = mode;
    }

    void addListener(Listener l) {
        listeners.add(l);
    }

    void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** {@return a sample at most {@code maxAgeNanos} old} Any thread. */
    Sample sample() {
        Sample s = last;
        if (fresh(s)) {
            return s;
        }
        Sample taken = take();
        if (taken != s) {
            for (Listener l : listeners) {
                l.sampled(taken);
            }
        }
        return taken;
    }

    private boolean fresh(Sample s) {
        return s != null && maxAgeNanos > 0 && System.nanoTime() - s.takenAt() < maxAgeNanos;
    }

    private synchronized Sample take() {
        Sample prev = last;
        if (fresh(prev)) {
            return prev; // another reader took it meanwhile
        }
        long alive = 0;
        Map<String, Long> depths = mode == RtMetrics.MailboxGauges.NONE
                ? Map.of() : new LinkedHashMap<>();
        Deque<ActorInfo> todo = new ArrayDeque<>(system.snapshot().actors());
        while (!todo.isEmpty()) {
            ActorInfo a = todo.pollFirst();
            if (a.state() != ActorInfo.State.TERMINATED) {
                alive++;
                switch (mode) {
                    case PER_BEHAVIOR -> depths.merge(a.behavior(), (long) a.mailboxDepth(),
                            Long::sum);
                    case PER_ACTOR -> depths.put(a.path(), (long) a.mailboxDepth());
                    case NONE -> { }
                }
            }
            // depth first, in creation order: the children before the next sibling
            for (int i = a.children().size() - 1; i >= 0; i--) {
                todo.addFirst(a.children().get(i));
            }
        }
        Accounting acc = system.accounting();
        Sample s = new Sample(System.nanoTime(), alive, acc.queued(),
                max(prev == null ? 0 : prev.processed(), acc.processed()),
                max(prev == null ? 0 : prev.failed(), acc.failed()),
                max(prev == null ? 0 : prev.dropped(), acc.dropped()),
                max(prev == null ? 0 : prev.expired(), acc.expired()),
                max(prev == null ? 0 : prev.deadLettered(), acc.deadLettered()),
                Collections.unmodifiableMap(depths));
        last = s;
        return s;
    }

    private static long max(long a, long b) {
        return Math.max(a, b);
    }
}
