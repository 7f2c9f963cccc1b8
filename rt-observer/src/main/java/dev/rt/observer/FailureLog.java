package dev.rt.observer;

import dev.rt.MonitorEvent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors that failed recently: for each path, its latest {@code ActorFailed} or {@code
 * ActorRestarted} event and when it happened. Bounded twice: at most {@code capacity} paths (the
 * oldest entry goes first), and only the entries younger than {@code windowMillis} are {@link
 * #recent reported}.
 *
 * <p>Concurrency: {@link #record} is called by event listeners, on actors' threads, while {@link
 * #recent} is called by the HTTP threads; both hold this object's monitor for a few map
 * operations only, never while doing I/O. Memory consistency effects: a {@code record} that
 * returns before a {@code recent} begins is seen by it.
 */
final class FailureLog {

    /**
     * One recent failure.
     *
     * @param path the actor's path
     * @param event {@code ActorFailed} or {@code ActorRestarted}
     * @param cause the cause's class and message, or the empty string if the event had none
     * @param atMillis when it was recorded, in milliseconds since the epoch
     */
    record Failure(String path, String event, String cause, long atMillis) {}

    private final int capacity;
    private final long windowMillis;
    // @GuardedBy("this"); insertion order: the oldest entry first
    private final LinkedHashMap<String, Failure> byPath = new LinkedHashMap<>();

    FailureLog(int capacity, long windowMillis) {
        this.capacity = capacity;
        this.windowMillis = windowMillis;
    }

    /** Records the event if it is a failure or a restart, as at {@code nowMillis}. */
    void record(MonitorEvent event, long nowMillis) {
        switch (event) {
            case MonitorEvent.ActorFailed f -> record(new Failure(f.path(), "ActorFailed",
                    describe(f.cause()), nowMillis));
            case MonitorEvent.ActorRestarted r -> record(new Failure(r.path(), "ActorRestarted",
                    describe(r.cause()), nowMillis));
            default -> { }
        }
    }

    private synchronized void record(Failure failure) {
        byPath.remove(failure.path()); // re-inserted last: the newest
        byPath.put(failure.path(), failure);
        if (byPath.size() > capacity) {
            Iterator<String> eldest = byPath.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    /** {@return the failures younger than the window at {@code nowMillis}, the newest first} */
    synchronized List<Failure> recent(long nowMillis) {
        List<Failure> recent = new ArrayList<>();
        for (Map.Entry<String, Failure> e : byPath.entrySet()) {
            if (nowMillis - e.getValue().atMillis() < windowMillis) {
                recent.add(e.getValue());
            }
        }
        return recent.reversed();
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "";
        }
        String message = cause.getMessage();
        String type = cause.getClass().getSimpleName();
        return message == null ? type : type + ": " + message;
    }
}
