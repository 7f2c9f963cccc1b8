package dev.rt.internal;

import dev.rt.ActorSystem;
import java.util.function.Function;

/**
 * Lets the engine reach the {@link SystemCore} behind a public {@link ActorSystem} without making
 * it API: {@code ActorSystem} registers the accessor once, from its static initializer.
 */
public final class SystemAccess {

    private static volatile Function<ActorSystem, SystemCore> accessor;

    private SystemAccess() {}

    /**
     * Registers the accessor; only {@link ActorSystem} calls it, once.
     *
     * @param coreOf returns a system's core
     * @throws IllegalStateException if called twice
     */
    public static synchronized void register(Function<ActorSystem, SystemCore> coreOf) {
        if (accessor != null) {
            throw new IllegalStateException("the system accessor is registered already");
        }
        accessor = coreOf;
    }

    static SystemCore coreOf(ActorSystem system) {
        return accessor.apply(system); // the instance exists, so its class has registered
    }
}
