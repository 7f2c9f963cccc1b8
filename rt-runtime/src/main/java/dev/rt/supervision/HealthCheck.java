package dev.rt.supervision;

import dev.rt.ActorRef;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A proactive health check of a supervised child: every {@link #interval()} while the child
 * runs, its supervisor probes it, and a child that does not answer within {@link #timeout()} is
 * treated as failed. Immutable; attach one with {@link ChildSpec#withHealthCheck}.
 *
 * <p>The probe travels through the child's mailbox, behind the messages already queued, so it
 * finds a child that is stuck in a handler or whose mailbox does not drain, which a supervisor
 * that only waits for exits never sees. By default the probe is answered by the runtime as soon
 * as the child's turn reaches it, without calling a handler. With {@link #withRequest} the probe
 * is a request of the child's own protocol instead, answered by its handler: the child is healthy
 * when the request's stage completes normally with anything but {@link Boolean#FALSE}.
 *
 * <p>A child that misses its deadline, or whose request fails or answers {@code false}:
 *
 * <ol>
 *   <li>fails with a {@link HealthCheckFailedException}, as if a handler had thrown it, as soon
 *       as its running handler (if any) returns: its instance handles no further message. Its
 *       supervisor's decider sees that cause, and the strategy restarts it as for any failure,
 *       counted against the restart intensity;
 *   <li>has its running handler interrupted if it is a blocking actor ({@code
 *       @ActorBehavior(blocking = true)});
 *   <li>is reported ({@link dev.rt.MonitorEvent.HealthCheckFailed}, and a warning in the log),
 *       after the failure is on its way, so whoever sees the event can rely on the first point.
 * </ol>
 *
 * <p>A child is probed only while it is running: the first probe goes one interval after each
 * start, the next one interval after each answer. Children without a health check cost nothing.
 * Time is read from the system's {@link dev.rt.TimerService}, so tests drive checks with a
 * {@link dev.rt.ManualClock}.
 *
 * @param <M> the child's protocol
 */
public final class HealthCheck<M> {

    private final Duration interval;
    private final Duration timeout;
    private final Function<? super ActorRef<M>, ? extends CompletionStage<?>> request; // or null

    private HealthCheck(Duration interval, Duration timeout,
            Function<? super ActorRef<M>, ? extends CompletionStage<?>> request) {
        this.interval = positive(interval, "interval");
        this.timeout = positive(timeout, "timeout");
        this.request = request;
    }

    private static Duration positive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("a health check's " + what + " must be positive,"
                    + " got " + d);
        }
        return d;
    }

    /**
     * A health check that probes the child's mailbox.
     *
     * @param interval how long after a start, or after an answer, the next probe goes
     * @param timeout how long the child has to answer a probe
     * @param <M> the child's protocol
     * @return the check
     * @throws IllegalArgumentException if either duration is not positive
     */
    public static <M> HealthCheck<M> every(Duration interval, Duration timeout) {
        return new HealthCheck<>(interval, timeout, null);
    }

    /**
     * {@return a copy that probes with a request of the child's protocol instead of a bare
     * mailbox probe, for example {@code ref -> CounterHandle.of(ref).health()}}
     *
     * @param probe called on the supervisor's thread with the child's reference; returns the
     *     stage of a request to the child. Healthy when it completes normally with anything but
     *     {@link Boolean#FALSE} before the timeout
     */
    public HealthCheck<M> withRequest(
            Function<? super ActorRef<M>, ? extends CompletionStage<?>> probe) {
        return new HealthCheck<>(interval, timeout, Objects.requireNonNull(probe, "probe"));
    }

    /** {@return how long after a start, or after an answer, the next probe goes} */
    public Duration interval() {
        return interval;
    }

    /** {@return how long the child has to answer a probe} */
    public Duration timeout() {
        return timeout;
    }

    /** {@return the request that probes the child, if it is not a bare mailbox probe} */
    public Optional<Function<? super ActorRef<M>, ? extends CompletionStage<?>>> request() {
        return Optional.ofNullable(request);
    }

    @Override
    public String toString() {
        return "HealthCheck[every " + interval.toMillis() + " ms, timeout " + timeout.toMillis()
                + " ms" + (request == null ? ", mailbox probe" : ", request") + "]";
    }
}
