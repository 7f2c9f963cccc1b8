package dev.rt.internal;

import dev.rt.ActorRef;
import dev.rt.Registry;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of one system: a {@link ConcurrentHashMap} from name to {@link Entry}.
 *
 * <h2>Concurrency</h2>
 *
 * <ul>
 *   <li>Any thread may call any method; each is a few map operations, no lock of its own.
 *   <li>An entry is an identity object. Every removal is a {@code remove(name, entry)}, so a
 *       late removal (a termination hook of an old registration, or a lookup that found it dead)
 *       never removes a newer registration of the same name.
 *   <li>A name is freed when its actor terminates. The registry keeps, per registered cell, the
 *       concurrent set of its names ({@link #namesByCell}), and adds one termination hook to a
 *       cell the first time it is registered; the hook removes the cell's set and each of its
 *       names that still maps to that cell. A register that races the termination (it may add
 *       its name to a set the hook has already taken) removes its own entry if it then reads
 *       TERMINATED; the hook runs after the cell wrote TERMINATED, so whichever comes last does
 *       the removal. Until then, lookups and register treat an entry whose cell has terminated
 *       as absent.
 *   <li>Cost: one hook and one small set per registered actor, for the actor's life, however
 *       often it is registered and unregistered.
 * </ul>
 */
final class RegistryImpl implements Registry {

    private final SystemCore system;
    private final ConcurrentHashMap<String, Entry> names = new ConcurrentHashMap<>();
    /** The names of each registered cell that has not terminated; see the class comment. */
    private final ConcurrentHashMap<ActorCell<?, ?>, Set<String>> namesByCell =
            new ConcurrentHashMap<>();

    RegistryImpl(SystemCore system) {
        this.system = system;
    }

    /** One registration; compared by identity. */
    private static final class Entry {
        final ActorRef<?> ref;
        final ActorCell<?, ?> cell;
        final Class<?> protocol;

        Entry(ActorRef<?> ref, ActorCell<?, ?> cell, Class<?> protocol) {
            this.ref = ref;
            this.cell = cell;
            this.protocol = protocol;
        }

        boolean live() {
            return !cell.isTerminated();
        }
    }

    @Override
    public void register(String name, ActorRef<?> ref) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a registered name must not be blank");
        }
        ActorCell<?, ?> cell = Refs.cellOf(ref);
        Entry entry = new Entry(ref, cell, Refs.protocolOf(ref));
        while (true) {
            Entry holder = names.putIfAbsent(name, entry);
            if (holder == null) {
                break;
            }
            if (holder.live()) {
                if (holder.ref.equals(ref)) {
                    return; // registered already
                }
                throw new IllegalArgumentException("the name '" + name + "' is already"
                        + " registered in actor system '" + system.name() + "' by "
                        + holder.ref.path() + ", which is still running; unregister(\"" + name
                        + "\") first, wait until that actor has stopped, or choose another name");
            }
            names.remove(name, holder); // its actor terminated; its hook has not run yet
        }
        Set<String> fresh = ConcurrentHashMap.newKeySet();
        Set<String> owned = namesByCell.putIfAbsent(cell, fresh);
        if (owned == null) { // the cell's first registration: its one hook
            owned = fresh;
            cell.onTermination(() -> forget(cell));
        }
        owned.add(name);
        if (cell.isTerminated()) {
            names.remove(name, entry); // raced the termination: see the class comment
        }
    }

    /** The termination hook of a registered cell: frees the names that are still its own. */
    private void forget(ActorCell<?, ?> cell) {
        Set<String> owned = namesByCell.remove(cell);
        if (owned != null) {
            for (String name : owned) {
                names.computeIfPresent(name, (n, e) -> e.cell == cell ? null : e);
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <M> Optional<ActorRef<M>> lookup(String name, Class<M> protocol) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(protocol, "protocol");
        Entry entry = names.get(name);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.live()) {
            names.remove(name, entry);
            return Optional.empty();
        }
        if (entry.protocol != protocol) {
            throw new IllegalArgumentException("the actor registered as '" + name + "', "
                    + entry.ref.path() + ", has protocol " + entry.protocol.getName()
                    + ", not " + protocol.getName() + "; look it up with "
                    + entry.protocol.getSimpleName() + ".class");
        }
        return Optional.of((ActorRef<M>) entry.ref);
    }

    @Override
    public boolean unregister(String name) {
        Entry removed = names.remove(Objects.requireNonNull(name, "name"));
        if (removed == null) {
            return false;
        }
        Set<String> owned = namesByCell.get(removed.cell);
        if (owned != null) {
            owned.remove(name); // the set stays, empty or not, as the cell's hook does
        }
        return removed.live();
    }

    @Override
    public Set<String> names() {
        Set<String> live = new TreeSet<>();
        names.forEach((name, entry) -> {
            if (entry.live()) {
                live.add(name);
            }
        });
        return java.util.Collections.unmodifiableSet(live);
    }

    @Override
    public String toString() {
        int n = names.size();
        return "Registry[" + system.name() + ", " + n + (n == 1 ? " name]" : " names]");
    }
}
