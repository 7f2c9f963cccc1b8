package dev.rt.supervision;

import dev.rt.Actor;
import dev.rt.Mailbox;
import dev.rt.annotation.Restart;
import dev.rt.internal.Names;
import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One child of a supervisor: its id, how to create it, when to restart it, and how long it may
 * take to stop. Immutable; the {@code with…} methods return copies.
 *
 * <p>Defaults, as in OTP: {@link Restart#PERMANENT}; a shutdown timeout of 5 seconds for a
 * worker and none (wait forever) for a supervisor.
 *
 * @param <M> the child's protocol
 */
public final class ChildSpec<M> {

    /** The default shutdown timeout of a worker. */
    public static final Duration DEFAULT_WORKER_SHUTDOWN = Duration.ofSeconds(5);

    private final String id;
    private final Restart restart;
    private final Duration shutdown; // null: wait forever
    private final ChildFactory<? extends Actor<M>> factory;
    private final BehaviorDescriptor<?, M> descriptor;
    private final SupervisorSpec supervisor;
    private final Mailbox mailbox; // null: the behavior's own
    private final HealthCheck<M> healthCheck; // null: none

    private ChildSpec(String id, Restart restart, Duration shutdown,
            ChildFactory<? extends Actor<M>> factory, BehaviorDescriptor<?, M> descriptor,
            SupervisorSpec supervisor) {
        this(id, restart, shutdown, factory, descriptor, supervisor, null, null);
    }

    private ChildSpec(String id, Restart restart, Duration shutdown,
            ChildFactory<? extends Actor<M>> factory, BehaviorDescriptor<?, M> descriptor,
            SupervisorSpec supervisor, Mailbox mailbox, HealthCheck<M> healthCheck) {
        this.mailbox = mailbox;
        this.healthCheck = healthCheck;
        this.id = checkId(id);
        this.restart = Objects.requireNonNull(restart, "restart");
        this.shutdown = shutdown;
        this.factory = factory;
        this.descriptor = descriptor;
        this.supervisor = supervisor;
    }

    private static String checkId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("a child id must not be empty");
        }
        int i = Names.illegalCharAt(id);
        if (i >= 0) { // the id is the child's actor name: checked here, at the call that is wrong
            throw new IllegalArgumentException("child id '" + id + "' has the illegal character '"
                    + id.charAt(i) + "' at index " + i + "; a child id is its actor name: use "
                    + Names.ALLOWED);
        }
        return id;
    }

    /**
     * A worker whose factory needs nothing from its siblings.
     *
     * @param id the child's id, unique in its supervisor; also its actor name
     * @param factory creates a fresh instance on every start and restart
     * @param descriptor the behavior's generated descriptor (generated handles pass it)
     * @param <A> the behavior
     * @param <M> the protocol
     * @return the spec
     */
    public static <A extends Actor<M>, M> ChildSpec<M> worker(
            String id, Supplier<? extends A> factory, BehaviorDescriptor<A, M> descriptor) {
        Objects.requireNonNull(factory, "factory");
        return dependent(id, siblings -> factory.get(), descriptor);
    }

    /**
     * A worker whose factory takes the references of earlier siblings.
     *
     * @param id the child's id, unique in its supervisor; also its actor name
     * @param factory creates a fresh instance on every start and restart
     * @param descriptor the behavior's generated descriptor (generated handles pass it)
     * @param <A> the behavior
     * @param <M> the protocol
     * @return the spec
     */
    public static <A extends Actor<M>, M> ChildSpec<M> dependent(
            String id, ChildFactory<? extends A> factory, BehaviorDescriptor<A, M> descriptor) {
        Objects.requireNonNull(factory, "factory");
        Objects.requireNonNull(descriptor, "descriptor");
        return new ChildSpec<>(id, Restart.PERMANENT, DEFAULT_WORKER_SHUTDOWN, factory, descriptor,
                null);
    }

    /**
     * A nested supervisor.
     *
     * @param id the child's id, unique in its supervisor; also its actor name
     * @param spec the nested supervisor
     * @return the spec
     */
    public static ChildSpec<SupervisorProtocol> supervisor(String id, SupervisorSpec spec) {
        Objects.requireNonNull(spec, "spec");
        return new ChildSpec<>(id, Restart.PERMANENT, null, null, null, spec);
    }

    /**
     * {@return a copy with another restart type}
     *
     * @param type when to restart the child
     */
    public ChildSpec<M> withRestart(Restart type) {
        return new ChildSpec<>(id, type, shutdown, factory, descriptor, supervisor, mailbox,
                healthCheck);
    }

    /**
     * {@return a copy with another shutdown timeout}
     *
     * @param timeout how long a graceful stop may take before the child is abandoned: its thread
     *     is interrupted, the abandonment reported, and the supervisor goes on; {@link
     *     Duration#ZERO} abandons at once
     */
    public ChildSpec<M> withShutdown(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("shutdown timeout must not be negative: " + timeout);
        }
        return new ChildSpec<>(id, restart, timeout, factory, descriptor, supervisor, mailbox,
                healthCheck);
    }

    /** {@return a copy that waits for the child to stop however long it takes} */
    public ChildSpec<M> withShutdownForever() {
        return new ChildSpec<>(id, restart, null, factory, descriptor, supervisor, mailbox,
                healthCheck);
    }

    /**
     * {@return a copy with its own mailbox, rather than the one its behavior declares}
     *
     * @param shape the mailbox
     */
    public ChildSpec<M> withMailbox(Mailbox shape) {
        Objects.requireNonNull(shape, "mailbox");
        if (supervisor != null) {
            throw new IllegalArgumentException("a supervisor's mailbox is always unbounded");
        }
        return new ChildSpec<>(id, restart, shutdown, factory, descriptor, supervisor, shape,
                healthCheck);
    }

    /**
     * {@return a copy whose supervisor probes the child while it runs, and treats it as failed
     * when it does not answer in time; see {@link HealthCheck}}
     *
     * @param check the health check
     */
    public ChildSpec<M> withHealthCheck(HealthCheck<M> check) {
        Objects.requireNonNull(check, "check");
        return new ChildSpec<>(id, restart, shutdown, factory, descriptor, supervisor, mailbox,
                check);
    }

    /** {@return the child's health check, if it has one} */
    public Optional<HealthCheck<M>> healthCheck() {
        return Optional.ofNullable(healthCheck);
    }

    /**
     * {@return the mailbox given by {@link #withMailbox}, if any} Without one, a worker's
     * mailbox is its behavior's, or the system's default where the behavior declares none
     * ({@link dev.rt.ActorSystemConfig#mailboxOf}).
     */
    public Optional<Mailbox> ownMailbox() {
        return Optional.ofNullable(mailbox);
    }

    /**
     * {@return the worker's mailbox as its behavior sees it: its own, or its behavior's;
     * unbounded for a supervisor} The system's default mailbox is not applied here: see {@link
     * #ownMailbox}.
     */
    public Mailbox mailbox() {
        if (mailbox != null) {
            return mailbox;
        }
        return descriptor == null ? Mailbox.UNBOUNDED : descriptor.mailbox();
    }

    /** {@return the child's id} */
    public String id() {
        return id;
    }

    /** {@return when the child is restarted} */
    public Restart restart() {
        return restart;
    }

    /** {@return the shutdown timeout, or empty to wait forever} */
    public Optional<Duration> shutdown() {
        return Optional.ofNullable(shutdown);
    }

    /** {@return whether the child is a supervisor} */
    public boolean isSupervisor() {
        return supervisor != null;
    }

    /** {@return the factory of a worker; null for a supervisor} */
    public ChildFactory<? extends Actor<M>> factory() {
        return factory;
    }

    /** {@return the descriptor of a worker; null for a supervisor} */
    public BehaviorDescriptor<?, M> descriptor() {
        return descriptor;
    }

    /** {@return the spec of a nested supervisor; null for a worker} */
    public SupervisorSpec supervisorSpec() {
        return supervisor;
    }

    ChildSpec<M> withId(String newId) {
        return new ChildSpec<>(newId, restart, shutdown, factory, descriptor, supervisor, mailbox,
                healthCheck);
    }

    @Override
    public String toString() {
        return "ChildSpec[" + id + ", " + restart + (isSupervisor() ? ", supervisor" : "") + "]";
    }
}
