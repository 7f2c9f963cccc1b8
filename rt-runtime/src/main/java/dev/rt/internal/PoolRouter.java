package dev.rt.internal;

import dev.rt.Actor;
import dev.rt.ActorRef;
import dev.rt.OfferResult;
import dev.rt.Request;
import dev.rt.Spawner;
import dev.rt.annotation.Strategy;
import dev.rt.pool.PoolRef;
import dev.rt.pool.Routing;
import dev.rt.spi.BehaviorDescriptor;
import dev.rt.supervision.ChildSpec;
import dev.rt.supervision.Supervisor;
import dev.rt.supervision.SupervisorSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The engine behind {@link dev.rt.pool.Pool}: the {@link PoolRef} that routes each message to one
 * worker, in the sender's thread. Not API.
 *
 * <h2>Concurrency</h2>
 *
 * <ul>
 *   <li>Any thread may call any method. The fields are final and the worker array is never
 *       written after construction, so the router is safely published by any means.
 *   <li>Routing takes no lock and allocates nothing: round robin and the tie-break of the
 *       smallest mailbox take a ticket from one {@link AtomicInteger}; the smallest mailbox reads
 *       each worker's approximate depth; by-key hashes the key. Then the message goes to the
 *       worker's cell exactly as a tell on the worker's own reference would, with the same
 *       ordering and memory-consistency guarantees.
 *   <li>The pool's cell, for watch, the registry and topics, is its supervisor's ({@link
 *       CellBacked}): the pool terminates when its supervisor does.
 * </ul>
 *
 * @param <M> the workers' protocol
 */
public final class PoolRouter<M> implements PoolRef<M>, CellBacked {

    private static final int ROUND_ROBIN = 0;
    private static final int SMALLEST_MAILBOX = 1;
    private static final int BY_KEY = 2;

    private final Supervisor supervisor;
    private final ActorCell<?, ?> supervisorCell;
    private final LocalRef<M>[] workers;
    private final List<ActorRef<M>> workerList;
    private final Routing<M> routing;
    private final int kind;
    private final Function<? super M, ?> key;
    private final AtomicInteger ticket = new AtomicInteger();
    /** The workers' protocol: what {@code ask} accepts and what the registry reports. */
    final Class<M> protocol;

    private PoolRouter(Supervisor supervisor, LocalRef<M>[] workers, Routing<M> routing,
            Class<M> protocol) {
        this.supervisor = supervisor;
        this.supervisorCell = ((LocalRef<?>) supervisor.ref()).cell;
        this.workers = workers;
        this.workerList = List.<ActorRef<M>>of(workers);
        this.routing = routing;
        this.protocol = protocol;
        switch (routing) {
            case Routing.RoundRobin<M> r -> {
                kind = ROUND_ROBIN;
                key = null;
            }
            case Routing.SmallestMailbox<M> s -> {
                kind = SMALLEST_MAILBOX;
                key = null;
            }
            case Routing.ByKey<M> b -> {
                kind = BY_KEY;
                key = b.key();
            }
        }
    }

    /**
     * Starts a pool's supervisor with {@code size} workers and returns its router.
     *
     * @param spawner the system, or a parent's context (on its thread)
     * @param name the pool's name
     * @param size how many workers
     * @param factory creates a worker's behavior
     * @param descriptor the behavior's descriptor
     * @param routing how to route
     * @param supervision the supervisor's settings, without children
     * @param <A> the behavior
     * @param <M> the protocol
     * @return the router
     */
    @SuppressWarnings("unchecked")
    public static <A extends Actor<M>, M> PoolRef<M> start(Spawner spawner, String name,
            int size, Supplier<? extends A> factory, BehaviorDescriptor<A, M> descriptor,
            Routing<M> routing, SupervisorSpec supervision) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least 1 worker, got " + size);
        }
        if (!supervision.children().isEmpty()
                || supervision.strategy() == Strategy.SIMPLE_ONE_FOR_ONE) {
            throw new IllegalArgumentException("the supervision of pool '" + name + "' must have"
                    + " no children and must not be SIMPLE_ONE_FOR_ONE (it is "
                    + supervision.strategy() + " with " + supervision.children().size()
                    + " children); the pool adds its own workers");
        }
        List<ChildSpec<?>> children = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            children.add(ChildSpec.worker(name + "-" + i, factory, descriptor));
        }
        SupervisorSpec spec = new SupervisorSpec(supervision.strategy(), supervision.intensity(),
                supervision.period(), supervision.backoff(), supervision.decider(), children,
                null);
        Supervisor supervisor = Supervisor.start(spawner, name, spec);
        LocalRef<M>[] workers = (LocalRef<M>[]) new LocalRef<?>[size];
        for (int i = 0; i < size; i++) {
            workers[i] = (LocalRef<M>) supervisor.<M>child(name + "-" + (i + 1));
        }
        return new PoolRouter<>(supervisor, workers, routing, descriptor.protocol());
    }

    /** Picks the worker of {@code message}; see the class comment. */
    @SuppressWarnings("unchecked")
    private LocalRef<M> route(Object message) {
        LocalRef<M>[] w = workers;
        int n = w.length;
        return switch (kind) {
            case ROUND_ROBIN -> w[Math.floorMod(ticket.getAndIncrement(), n)];
            case SMALLEST_MAILBOX -> {
                int start = Math.floorMod(ticket.getAndIncrement(), n);
                int best = start;
                int bestDepth = Integer.MAX_VALUE;
                for (int k = 0; k < n; k++) {
                    int i = start + k < n ? start + k : start + k - n;
                    int depth = w[i].cell.mailboxDepth(bestDepth); // no further than the best so far
                    if (depth == 0) {
                        best = i;
                        break;
                    }
                    if (depth < bestDepth) {
                        best = i;
                        bestDepth = depth;
                    }
                }
                yield w[best];
            }
            default -> {
                Object k = key.apply((M) message);
                int h = k == null ? 0 : k.hashCode();
                yield w[Math.floorMod(h ^ (h >>> 16), n)];
            }
        };
    }

    @Override
    public ActorCell<?, ?> cell() {
        return supervisorCell;
    }

    @Override
    public String path() {
        return supervisorCell.path();
    }

    @Override
    public String name() {
        return supervisorCell.name;
    }

    @Override
    public void tell(M message) {
        Objects.requireNonNull(message, "message");
        route(message).cell.tell(message);
    }

    @Override
    public OfferResult offer(M message) {
        Objects.requireNonNull(message, "message");
        return route(message).cell.offer(message);
    }

    @Override
    public void tellWithin(M message, Duration timeToLive) {
        Objects.requireNonNull(message, "message");
        route(message).cell.tellWithin(message, timeToLive);
    }

    @Override
    public <R> CompletionStage<R> ask(Request<R> request) {
        checkProtocol(request);
        return route(request).ask(request);
    }

    @Override
    public <R> CompletionStage<R> ask(Request<R> request, Duration timeout) {
        checkProtocol(request);
        return route(request).ask(request, timeout);
    }

    private void checkProtocol(Request<?> request) {
        Objects.requireNonNull(request, "request");
        if (!protocol.isInstance(request)) {
            throw new IllegalArgumentException(request.getClass().getName()
                    + " is not a message of " + protocol.getName() + ", the protocol of pool "
                    + path() + "; ask it a request of its workers' protocol");
        }
    }

    @Override
    public void stop() {
        supervisor.stop();
    }

    @Override
    public List<ActorRef<M>> workers() {
        return workerList;
    }

    @Override
    public Supervisor supervisor() {
        return supervisor;
    }

    @Override
    public Routing<M> routing() {
        return routing;
    }

    @Override
    public String toString() {
        return "PoolRef[" + path() + ", " + routing.getClass().getSimpleName() + ", "
                + workers.length + " workers]";
    }
}
