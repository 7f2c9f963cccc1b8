package dev.rt.internal;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cell's children by name, made with its first child.
 *
 * <p>Concurrency: written by the owning cell's thread only (and, for a supervisor's static
 * children, before that cell starts, which its start signal orders before its first turn); read
 * from any thread for snapshots and the shutdown walk, hence a concurrent map.
 */
final class Children {

    private final ConcurrentHashMap<String, ActorCell<?, ?>> byName = new ConcurrentHashMap<>();

    /** {@return a live, read-only view by name} Any thread. */
    Map<String, ActorCell<?, ?>> view() {
        return java.util.Collections.unmodifiableMap(byName);
    }

    /** {@return the children; a live view} Any thread. */
    Collection<ActorCell<?, ?>> all() {
        return byName.values();
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    boolean contains(String name) {
        return byName.containsKey(name);
    }

    ActorCell<?, ?> get(String name) {
        return byName.get(name);
    }

    void add(ActorCell<?, ?> child) {
        byName.put(child.name, child);
    }

    /** {@return whether {@code child} was a child, and is not any more} */
    boolean remove(ActorCell<?, ?> child) {
        return byName.remove(child.name, child);
    }

    /** Stops every child for good (a terminal stop each); they report their termination. */
    void stopAll() {
        for (ActorCell<?, ?> child : byName.values()) {
            child.sendSignal(new Signal.Stop(true));
        }
    }
}
