package dev.rt.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One cell's death watch, both ways: who watches it, and whom it watches (with how to deliver
 * each termination: {@code onTerminated}, or a message of its protocol). Made on first use, so an
 * actor that neither watches nor is watched carries none.
 *
 * <p>Concurrency: confined to the owning cell's thread. Other threads reach it only through
 * signals ({@link Signal.Watch}, {@link Signal.Unwatch}, {@link Signal.DeathNotice}), handled on
 * that thread. The watched actors are {@link Watchable}s and the watchers {@link Watcher}s, so
 * that a watch of, or from, an actor on another node takes the same path.
 */
final class DeathWatch {

    /** In {@link #watching}: deliver {@link dev.rt.Actor#onTerminated} rather than a message. */
    static final Object ON_TERMINATED = new Object();

    /** In {@link #watching}: fail the owner ({@code dependOn}) rather than deliver anything. */
    static final Object DEPENDENCY = new Object();

    /** Who watches the owner; null until the first. */
    private Set<Watcher> watchers;
    /** Whom the owner watches, and how each termination is delivered; null until the first. */
    private Map<Watchable, Object> watching;

    /** {@code watcher} watches the owner. */
    void addWatcher(Watcher watcher) {
        if (watchers == null) {
            watchers = new LinkedHashSet<>();
        }
        watchers.add(watcher);
    }

    /** {@code watcher} no longer watches the owner. */
    void removeWatcher(Watcher watcher) {
        if (watchers != null) {
            watchers.remove(watcher);
        }
    }

    /**
     * The owner watches {@code other}.
     *
     * @param how {@link #ON_TERMINATED}, or the message to deliver
     * @return whether this is a new watch, which the caller then registers with {@code other}
     */
    boolean watch(Watchable other, Object how) {
        if (watching == null) {
            watching = new HashMap<>();
        }
        return watching.put(other, how) == null;
    }

    /** {@return whether the owner watched {@code other}; the watch is gone either way} */
    boolean unwatch(Watchable other) {
        return watching != null && watching.remove(other) != null;
    }

    /** {@return whether the owner watches {@code other}} */
    boolean watches(Watchable other) {
        return watching != null && watching.containsKey(other);
    }

    /** {@return how to deliver the termination of {@code dead}, or null if it is not watched} */
    Object take(Watchable dead) {
        return watching == null ? null : watching.remove(dead);
    }

    /** Ends every watch the owner holds, as its incarnation ends. */
    void dropWatching(Watcher owner) {
        if (watching != null) {
            for (Watchable other : watching.keySet()) {
                other.removeWatcher(owner);
            }
            watching = null;
        }
    }

    /**
     * Tells every watcher but {@code except} (the parent, which learns it otherwise) that the
     * owner has terminated, and forgets them.
     */
    void notifyWatchers(Watchable owner, Throwable cause, Object except) {
        if (watchers != null) {
            for (Watcher w : watchers) {
                if (w != except) {
                    w.watchedTerminated(owner, cause);
                }
            }
            watchers = null;
        }
    }
}
