package dev.rt.pool;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.Spawner;
import dev.rt.annotation.Strategy;
import dev.rt.internal.PoolRouter;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Siblings;
import dev.rt.supervision.SupervisorSpec;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Starts pools: {@code size} identical workers behind one {@link PoolRef}, which routes each
 * message straight to one worker in the sender's thread (no router actor, no extra hop, no
 * lock).
 *
 * <pre>{@code
 * PoolRef<CounterMsg> pool = Pool.roundRobin(system, "counters", 4, Counter::new,
 *         CounterDescriptor.INSTANCE);            // generated handles pass their descriptor
 * CounterHandle counters = CounterHandle.of(pool);  // a handle over the whole pool
 * counters.increment(1);                            // goes to /user/counters/counters-1
 * counters.increment(1);                            // goes to /user/counters/counters-2
 * }</pre>
 *
 * <p>The workers are the children {@code <name>-1} … {@code <name>-N} of a supervisor named
 * {@code name}, {@code ONE_FOR_ONE} by default: a worker that fails is restarted in its own cell,
 * its mailbox kept, and the pool goes on routing to it; messages routed to it meanwhile wait for
 * the new instance. The supervisor's restart intensity applies as to any supervisor: past it, the
 * pool gives up and fails to its parent (for a top-level pool, the system closes). Pass a {@link
 * SupervisorSpec} to {@link #start(Spawner, String, int, Supplier, BehaviorDescriptor, Routing,
 * SupervisorSpec)} or, from outside the behavior's package (with a generated handle's child
 * spec), to {@link #start(Spawner, String, int, ChildSpec, Routing, SupervisorSpec)} to choose
 * the intensity, a backoff or a decider.
 *
 * <p>A worker that ends for good (a decider's {@code STOP}, or {@code terminateChild}) is not
 * replaced: what is routed to it becomes a dead letter.
 *
 * <p>Threading: any thread may start a pool from an {@link dev.rt.ActorSystem}; from an {@link
 * dev.rt.ActorContext}, only the actor's own thread (the pool is then its child).
 */
public final class Pool {

    private Pool() {}

    /**
     * Starts a pool that routes round robin; see {@link Routing#roundRobin()}.
     *
     * @param spawner the {@link dev.rt.ActorSystem}, or the {@link dev.rt.ActorContext} of the
     *     parent
     * @param name the pool's name: its supervisor's actor name, and the prefix of its workers'
     * @param size how many workers; at least 1
     * @param factory creates a worker's behavior, on every start and restart
     * @param descriptor the behavior's generated descriptor
     * @param <A> the behavior
     * @param <M> the protocol
     * @return the pool's reference
     * @throws dev.rt.InvalidActorNameException if the name is malformed or taken
     * @throws IllegalArgumentException if {@code size} is less than 1
     */
    public static <A extends Actor<M>, M> PoolRef<M> roundRobin(Spawner spawner, String name,
            int size, Supplier<? extends A> factory, BehaviorDescriptor<A, M> descriptor) {
        return start(spawner, name, size, factory, descriptor, Routing.roundRobin(),
                defaultSupervision());
    }

    /**
     * Starts a pool that routes to the worker with the fewest queued messages; see {@link
     * Routing#smallestMailbox()}.
     *
     * @param spawner as {@link #roundRobin}
     * @param name as {@link #roundRobin}
     * @param size as {@link #roundRobin}
     * @param factory as {@link #roundRobin}
     * @param descriptor as {@link #roundRobin}
     * @param <A> the behavior
     * @param <M> the protocol
     * @return the pool's reference
     */
    public static <A extends Actor<M>, M> PoolRef<M> smallestMailbox(Spawner spawner,
            String name, int size, Supplier<? extends A> factory,
            BehaviorDescriptor<A, M> descriptor) {
        return start(spawner, name, size, factory, descriptor, Routing.smallestMailbox(),
                defaultSupervision());
    }

    /**
     * Starts a pool that routes by a key of each message: equal keys always reach the same
     * worker; see {@link Routing#byKey(Function)}.
     *
     * @param spawner as {@link #roundRobin}
     * @param name as {@link #roundRobin}
     * @param size as {@link #roundRobin}
     * @param factory as {@link #roundRobin}
     * @param descriptor as {@link #roundRobin}
     * @param key extracts the routing key of a message
     * @param <A> the behavior
     * @param <M> the protocol
     * @return the pool's reference
     */
    public static <A extends Actor<M>, M> PoolRef<M> byKey(Spawner spawner, String name,
            int size, Supplier<? extends A> factory, BehaviorDescriptor<A, M> descriptor,
            Function<? super M, ?> key) {
        return start(spawner, name, size, factory, descriptor, Routing.byKey(key),
                defaultSupervision());
    }

    /**
     * Starts a pool with a routing and a supervision of your choice.
     *
     * @param spawner as {@link #roundRobin}
     * @param name as {@link #roundRobin}
     * @param size as {@link #roundRobin}
     * @param factory as {@link #roundRobin}
     * @param descriptor as {@link #roundRobin}
     * @param routing how to pick a worker
     * @param supervision the supervisor's strategy, intensity, backoff and decider, with no
     *     children (the pool adds its workers) and not {@code SIMPLE_ONE_FOR_ONE}; for example
     *     {@code SupervisorSpec.builder(Strategy.ONE_FOR_ONE).intensity(10,
     *     Duration.ofSeconds(1)).build()}
     * @param <A> the behavior
     * @param <M> the protocol
     * @return the pool's reference
     * @throws IllegalArgumentException if {@code size} is less than 1, or {@code supervision}
     *     has children or is {@code SIMPLE_ONE_FOR_ONE}
     */
    public static <A extends Actor<M>, M> PoolRef<M> start(Spawner spawner, String name,
            int size, Supplier<? extends A> factory, BehaviorDescriptor<A, M> descriptor,
            Routing<M> routing, SupervisorSpec supervision) {
        Objects.requireNonNull(spawner, "spawner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(supervision, "supervision");
        return PoolRouter.start(spawner, name, size, factory, descriptor, routing, supervision);
    }

    /**
     * Starts a pool of workers described by a child spec, such as the one a generated handle
     * makes ({@code CruncherHandle.childSpec("w", siblings -> new Cruncher())}): the way to start
     * a pool from a package that cannot see the behavior's descriptor. The spec's factory and
     * descriptor are used; its id, restart type, shutdown and mailbox are not (the workers are
     * named after the pool, are permanent, and have their behavior's mailbox). The supervisor is
     * {@code ONE_FOR_ONE} with the defaults of {@link SupervisorSpec#builder}; {@link
     * #start(Spawner, String, int, ChildSpec, Routing, SupervisorSpec)} chooses another.
     *
     * @param spawner as {@link #roundRobin}
     * @param name as {@link #roundRobin}
     * @param size as {@link #roundRobin}
     * @param worker a worker's spec; its factory gets no siblings
     * @param routing how to pick a worker
     * @param <M> the protocol
     * @return the pool's reference
     * @throws IllegalArgumentException if {@code size} is less than 1, or {@code worker}
     *     describes a supervisor
     */
    public static <M> PoolRef<M> start(Spawner spawner, String name, int size,
            ChildSpec<M> worker, Routing<M> routing) {
        return start(spawner, name, size, worker, routing, defaultSupervision());
    }

    /**
     * Starts a pool of workers described by a child spec, as {@link #start(Spawner, String, int,
     * ChildSpec, Routing)} does, under a supervision of your choice: the way to choose the
     * restart intensity, a backoff or a decider from a package that cannot see the behavior's
     * descriptor.
     *
     * <pre>{@code
     * PoolRef<CrunchMsg> pool = Pool.start(system, "crunchers", 4,
     *         CruncherHandle.childSpec("worker", siblings -> new Cruncher()), Routing.roundRobin(),
     *         SupervisorSpec.builder(Strategy.ONE_FOR_ONE)
     *                 .intensity(10, Duration.ofSeconds(1))
     *                 .decider(cause -> cause instanceof BadInput ? Directive.RESUME
     *                         : Directive.RESTART)
     *                 .build());
     * }</pre>
     *
     * @param spawner as {@link #roundRobin}
     * @param name as {@link #roundRobin}
     * @param size as {@link #roundRobin}
     * @param worker a worker's spec; its factory gets no siblings
     * @param routing how to pick a worker
     * @param supervision the supervisor's strategy, intensity, backoff and decider, with no
     *     children (the pool adds its workers) and not {@code SIMPLE_ONE_FOR_ONE}
     * @param <M> the protocol
     * @return the pool's reference
     * @throws IllegalArgumentException if {@code size} is less than 1, {@code worker} describes
     *     a supervisor, or {@code supervision} has children or is {@code SIMPLE_ONE_FOR_ONE}
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <M> PoolRef<M> start(Spawner spawner, String name, int size,
            ChildSpec<M> worker, Routing<M> routing, SupervisorSpec supervision) {
        Objects.requireNonNull(worker, "worker");
        if (worker.isSupervisor()) {
            throw new IllegalArgumentException("a pool's workers are actors, not supervisors: "
                    + worker + "; pass the child spec of a behavior, such as"
                    + " XHandle.childSpec(id, factory)");
        }
        Siblings none = new Siblings() {
            @Override
            public <N> ActorRef<N> ref(String id) {
                throw new IllegalArgumentException("a pool worker has no siblings to ask for ('"
                        + id + "')");
            }
        };
        Supplier factory = () -> worker.factory().create(none);
        return start(spawner, name, size, factory, (BehaviorDescriptor) worker.descriptor(),
                routing, supervision);
    }

    /**
     * The workers of a pool, in order.
     *
     * @param pool a pool's reference
     * @param <M> the protocol
     * @return the workers' references
     * @throws IllegalArgumentException if {@code pool} is not a pool's reference
     */
    public static <M> List<ActorRef<M>> workers(ActorRef<M> pool) {
        if (pool instanceof PoolRef<M> p) {
            return p.workers();
        }
        throw new IllegalArgumentException(pool + " is not the reference of a pool; Pool.workers"
                + " needs the reference that Pool.roundRobin, smallestMailbox, byKey or start"
                + " returned");
    }

    private static SupervisorSpec defaultSupervision() {
        return SupervisorSpec.builder(Strategy.ONE_FOR_ONE).build();
    }
}
