package dev.rt.internal;

import dev.rt.ActorRef;
import dev.rt.ActorSystem;
import dev.rt.MonitorEvent;
import java.util.Objects;

/**
 * The engine's side of the {@code rt-cluster} module: what a node needs to know about the local
 * actors that other nodes address, and how it reports what happens at the edge of the system.
 * Public in a package exported to {@code dev.rt.cluster} (and the testkit) only.
 *
 * <p>Threading: any thread may call any method.
 */
public final class RemoteSupport {

    private RemoteSupport() {}

    private static SystemCore core(ActorSystem system) {
        return (SystemCore) Objects.requireNonNull(system, "system");
    }

    /**
     * The local actor at a path, if it is alive.
     *
     * @param system the system
     * @param path a path such as {@code /user/orders/risk}
     * @return its reference, or null if no live actor has that path
     */
    public static ActorRef<?> lookup(ActorSystem system, String path) {
        return core(system).lookup(path);
    }

    /**
     * The identity of a local actor on the wire: unique among the actors that the system has
     * ever started, so that a reference to a stopped actor never reaches a new actor of the
     * same path.
     *
     * @param ref a reference made by RT
     * @return its actor's identity
     * @throws IllegalArgumentException if RT did not make {@code ref}
     */
    public static long identity(ActorRef<?> ref) {
        return Refs.cellOf(ref).seq;
    }

    /**
     * {@return whether RT made {@code ref}: a local actor's reference}
     *
     * @param ref a reference
     */
    public static boolean isLocal(ActorRef<?> ref) {
        return Refs.isMadeByRt(ref);
    }

    /**
     * The protocol a local actor accepts.
     *
     * @param ref a reference made by RT
     * @return the protocol's class
     */
    public static Class<?> protocolOf(ActorRef<?> ref) {
        return Refs.protocolOf(ref);
    }

    /**
     * What death watch watches for a local actor.
     *
     * @param ref a reference made by RT
     * @return its watchable
     */
    public static Watchable watchable(ActorRef<?> ref) {
        return Refs.watchable(ref);
    }

    /**
     * Reports a message that could not be delivered: counted as a dead letter in the system's
     * accounting, published as {@link MonitorEvent.DeadLetter}, logged as the local ones are.
     *
     * @param system the system that gives up on it
     * @param path the recipient's path, or a description of where it was going
     * @param message the message, or for bytes that could not be read, a description
     * @param reason why it was not delivered
     */
    public static void deadLetter(ActorSystem system, String path, Object message,
            String reason) {
        core(system).deadLetter(path, message, reason);
    }

    /**
     * Publishes an event to the system's monitor and event stream.
     *
     * @param system the system
     * @param event the event
     */
    public static void emit(ActorSystem system, MonitorEvent event) {
        SystemCore core = core(system);
        if (core.monitored()) {
            core.emit(event);
        }
    }
}
