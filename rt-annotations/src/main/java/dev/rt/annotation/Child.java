package dev.rt.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a factory method of a {@link Supervisor} class: it returns a fresh behavior (an {@code
 * @ActorBehavior} class) or a nested {@code @Supervisor} class instance, and is called on every
 * start and restart of the child. The method's name is the child's id.
 *
 * <p>A child may have a health check, the runtime's {@code dev.rt.supervision.HealthCheck}: while
 * the child runs, its supervisor probes it every {@link #healthIntervalMillis()} through its
 * mailbox, and a child that does not answer within {@link #healthTimeoutMillis()} fails with a
 * {@code HealthCheckFailedException} and is restarted as for any failure. The probe is answered by
 * the runtime, or, with {@link #healthRequest()}, by the child's own handler:
 *
 * <pre>{@code
 * @Child(healthIntervalMillis = 10_000, healthTimeoutMillis = 1_000)
 * OrderExecutor executor() { return new OrderExecutor(); }
 *
 * // RiskManager.Msg has: record Health() implements Msg, Request<Boolean> {}
 * @Child(healthIntervalMillis = 10_000, healthTimeoutMillis = 1_000,
 *         healthRequest = RiskManager.Msg.Health.class)
 * RiskManager risk(OrderExecutorHandle exec) { return new RiskManager(10_000, exec); }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Child {

    /** {@return when the child is restarted} */
    Restart restart() default Restart.PERMANENT;

    /**
     * {@return how long a graceful stop may take before the child is abandoned, in milliseconds;
     * 0 abandons at once, -1 waits forever; -2 (the default) means 5000 for a worker and forever
     * for a supervisor}
     */
    long shutdownMillis() default -2;

    /**
     * {@return how often the supervisor probes the child while it runs, in milliseconds: the first
     * probe goes this long after each start of the child, the next this long after each answer; 0
     * (the default) for no health check}
     *
     * <p>As {@code HealthCheck.every(interval, timeout)} of {@code dev.rt.supervision}: the probe
     * travels through the child's mailbox, behind the messages already queued, so it finds a child
     * stuck in a handler or whose mailbox does not drain. Not negative. A positive interval needs
     * a positive {@link #healthTimeoutMillis()}. Not for the template of a {@code
     * SIMPLE_ONE_FOR_ONE} supervisor, whose children cannot have a health check. A nested
     * supervisor child may have one: its mailbox is probed.
     */
    long healthIntervalMillis() default 0;

    /**
     * {@return how long the child has to answer a probe, in milliseconds; positive when {@link
     * #healthIntervalMillis()} is set, and left out (0, the default) when it is not}
     *
     * <p>A child that misses its deadline, or whose {@link #healthRequest()} fails or answers
     * {@code false}, is reported ({@code MonitorEvent.HealthCheckFailed}), interrupted if it is a
     * blocking actor, and fails with a {@code HealthCheckFailedException}: its supervisor's decider
     * sees that cause, and the strategy restarts it, counted against the restart intensity, as
     * {@code dev.rt.supervision.HealthCheck} describes.
     */
    long healthTimeoutMillis() default 0;

    /**
     * {@return the message that probes the child, answered by its own handler, as {@code
     * HealthCheck.withRequest} of {@code dev.rt.supervision}; {@code void.class} (the default) for
     * a bare mailbox probe, which the runtime answers without a handler}
     *
     * <p>It is a message (a leaf) of the child's protocol that implements {@code
     * dev.rt.Request<R>}, and that the generated supervisor can create with no arguments: a record
     * with no components, or a final class with a constructor without parameters that the
     * supervisor's package can call. The supervisor sends {@code new Message()} with {@code
     * ask}; the child is healthy when the reply comes within {@link #healthTimeoutMillis()} and is
     * anything but {@code Boolean.FALSE}, so a {@code Request<Boolean>} may answer {@code false}
     * to say that the child is unhealthy. Only with {@link #healthIntervalMillis()}, and not for a
     * nested supervisor child, whose protocol is the runtime's {@code SupervisorProtocol}.
     */
    Class<?> healthRequest() default void.class;
}
