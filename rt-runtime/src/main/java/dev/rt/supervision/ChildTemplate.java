package dev.rt.supervision;

import dev.rt.Actor;
import dev.rt.annotation.Restart;
import dev.rt.internal.Names;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one template of a {@link dev.rt.annotation.Strategy#SIMPLE_ONE_FOR_ONE} supervisor: each
 * {@link Supervisor#startChildWith} creates a child from it with an argument. Children are named
 * {@code <prefix>-1}, {@code <prefix>-2}…
 *
 * @param <T> the argument type
 * @param <M> the children's protocol
 */
public final class ChildTemplate<T, M> {

    private final String prefix;
    private final Function<? super T, ? extends Actor<M>> factory;
    private final BehaviorDescriptor<?, M> descriptor;
    private final Restart restart;
    private final Duration shutdown;

    private ChildTemplate(String prefix, Function<? super T, ? extends Actor<M>> factory,
            BehaviorDescriptor<?, M> descriptor, Restart restart, Duration shutdown) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        int bad = Names.illegalCharAt(prefix);
        if (prefix.isEmpty() || bad >= 0) {
            throw new IllegalArgumentException("child name prefix '" + prefix + "' is "
                    + (bad < 0 ? "empty" : "not a valid actor name at index " + bad)
                    + "; the children's names are <prefix>-1, <prefix>-2…: use " + Names.ALLOWED);
        }
        this.factory = Objects.requireNonNull(factory, "factory");
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
        this.restart = Objects.requireNonNull(restart, "restart");
        this.shutdown = shutdown;
    }

    /**
     * A template of workers.
     *
     * @param prefix the children's name prefix
     * @param factory creates a fresh instance from the argument, on every start and restart
     * @param descriptor the behavior's generated descriptor
     * @param <T> the argument type
     * @param <A> the behavior
     * @param <M> the protocol
     * @return the template, {@link Restart#PERMANENT} with a 5 s shutdown timeout
     */
    public static <T, A extends Actor<M>, M> ChildTemplate<T, M> of(String prefix,
            Function<? super T, ? extends A> factory, BehaviorDescriptor<A, M> descriptor) {
        return new ChildTemplate<>(prefix, factory, descriptor, Restart.PERMANENT,
                ChildSpec.DEFAULT_WORKER_SHUTDOWN);
    }

    /**
     * {@return a copy with another restart type}
     *
     * @param type when to restart the children
     */
    public ChildTemplate<T, M> withRestart(Restart type) {
        return new ChildTemplate<>(prefix, factory, descriptor, type, shutdown);
    }

    /**
     * {@return a copy with another shutdown timeout}
     *
     * @param timeout as {@link ChildSpec#withShutdown}
     */
    public ChildTemplate<T, M> withShutdown(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("shutdown timeout must not be negative: " + timeout);
        }
        return new ChildTemplate<>(prefix, factory, descriptor, restart, timeout);
    }

    /** {@return a copy whose children may take however long they need to stop} */
    public ChildTemplate<T, M> withShutdownForever() {
        return new ChildTemplate<>(prefix, factory, descriptor, restart, null);
    }

    /** {@return the children's name prefix} */
    public String prefix() {
        return prefix;
    }

    /**
     * The spec of one child, as the supervisor creates it for {@link Supervisor#startChildWith}.
     *
     * @param id the child's id
     * @param argument the argument it was started with; must be a {@code T}, or null (as for a
     *     template whose factory takes no argument)
     * @return the spec
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ChildSpec<M> specFor(String id, Object argument) {
        BehaviorDescriptor d = descriptor;
        ChildSpec<M> spec = ChildSpec.dependent(id, siblings -> (Actor) factory.apply((T) argument), d);
        spec = spec.withRestart(restart);
        return shutdown == null ? spec.withShutdownForever() : spec.withShutdown(shutdown);
    }
}
