package dev.rt.internal;

import dev.rt.ActorRef;
import java.util.Objects;

/**
 * What the engine needs to know about a reference: the cell whose termination ends it and the
 * protocol it accepts. For the registry, topics, pools and the testkit. Any thread.
 */
public final class Refs {

    private Refs() {}

    /**
     * The cell behind a reference made by RT: the actor's own, or a pool's supervisor.
     *
     * @param ref the reference
     * @return its cell
     * @throws IllegalArgumentException if RT did not make {@code ref}
     */
    static ActorCell<?, ?> cellOf(ActorRef<?> ref) {
        Objects.requireNonNull(ref, "ref");
        if (ref instanceof CellBacked backed) {
            return backed.cell();
        }
        throw new IllegalArgumentException(ref + " is not a reference made by RT (from spawn, a"
                + " supervisor or a pool); only those can be watched, registered or subscribed");
    }

    /**
     * What a cell watches for a reference: the seam of death watch (see {@link Watchable}). A
     * reference made by RT is backed by its cell; a reference that is itself {@link Watchable}
     * (such as one to an actor on another node) is watched through itself.
     *
     * @param ref the reference
     * @return what to watch
     * @throws IllegalArgumentException if RT did not make {@code ref} and it cannot be watched
     */
    static Watchable watchable(ActorRef<?> ref) {
        Objects.requireNonNull(ref, "ref");
        if (ref instanceof CellBacked backed) {
            return backed.cell();
        }
        if (ref instanceof Watchable w) {
            return w;
        }
        throw new IllegalArgumentException(ref + " is not a reference made by RT (from spawn, a"
                + " supervisor or a pool); only those can be watched, registered or subscribed");
    }

    /**
     * The protocol that a reference accepts: its descriptor's, or for a pool its workers'.
     *
     * @param ref a reference made by RT
     * @return the protocol's class
     * @throws IllegalArgumentException if RT did not make {@code ref}
     */
    static Class<?> protocolOf(ActorRef<?> ref) {
        if (ref instanceof PoolRouter<?> pool) {
            return pool.protocol;
        }
        return cellOf(ref).protocol();
    }

    /**
     * Whether two references address the same actor: the same cell. A pool's reference and its
     * supervisor's reference address the same actor.
     *
     * @param a a reference
     * @param b another reference
     * @return whether both are made by RT and share their cell, or are equal
     */
    public static boolean sameActor(ActorRef<?> a, ActorRef<?> b) {
        if (a instanceof CellBacked x && b instanceof CellBacked y) {
            return x.cell() == y.cell();
        }
        return Objects.equals(a, b);
    }

    /**
     * Whether RT made a reference: only those can be watched, registered and subscribed.
     *
     * @param ref a reference
     * @return whether it addresses a cell
     */
    public static boolean isMadeByRt(ActorRef<?> ref) {
        return ref instanceof CellBacked;
    }

    /**
     * Whether the actor behind a reference has terminated for good (not merely restarting).
     *
     * @param ref a reference made by RT
     * @return whether its cell has terminated
     * @throws IllegalArgumentException if RT did not make {@code ref}
     */
    public static boolean isTerminated(ActorRef<?> ref) {
        return cellOf(ref).isTerminated();
    }

    /**
     * Makes the actor behind {@code watcher} watch {@code target}, as its own {@code
     * ActorContext.watch} would, without a message: a signal runs the watch on the watcher's
     * thread, ahead of the messages queued for it, so that the system's accounting does not see
     * it. Does nothing once the watcher has terminated. For the testkit's probes. Any thread.
     *
     * @param watcher a reference made by RT, of the actor that watches
     * @param target a reference made by RT, of the actor to watch
     * @throws IllegalArgumentException if RT did not make one of them
     */
    public static void watchFrom(ActorRef<?> watcher, ActorRef<?> target) {
        ActorCell<?, ?> self = cellOf(watcher);
        cellOf(target); // fail here, on the caller's thread, not on the watcher's
        self.sendSignal(new Signal.Run(() -> self.watch(target)));
    }
}
