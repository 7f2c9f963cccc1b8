package dev.rt.supervision;

import dev.rt.annotation.Strategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A supervisor: strategy, restart intensity, optional backoff and decider, and its children in
 * start order. Immutable; build one with {@link #builder}.
 *
 * <p>Restart intensity: at most {@code intensity} restarts within any {@code period}. One more
 * and the supervisor stops all its children, in reverse start order, and then fails to its own
 * parent with a {@link RestartIntensityException}. The defaults, 3 restarts in 5 seconds, let a
 * child recover from a transient fault a few times while stopping a crash loop within seconds
 * (OTP's own default of 1 in 5 gives up on the second fault).
 *
 * @param strategy how children are restarted
 * @param intensity at most this many restarts within {@code period}
 * @param period the window of the intensity
 * @param backoff delays restarts, or null to restart at once
 * @param decider chooses what to do with each failure
 * @param children the static children, in start order; empty for {@code SIMPLE_ONE_FOR_ONE}
 * @param template the child template of a {@code SIMPLE_ONE_FOR_ONE} supervisor, else null
 */
public record SupervisorSpec(
        Strategy strategy,
        int intensity,
        Duration period,
        Backoff backoff,
        Decider decider,
        List<ChildSpec<?>> children,
        ChildTemplate<?, ?> template) {

    /** The default restart intensity. */
    public static final int DEFAULT_INTENSITY = 3;

    /** The default intensity period. */
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(5);

    /** Checks the spec. */
    public SupervisorSpec {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(decider, "decider");
        children = List.copyOf(children);
        if (intensity < 0) {
            throw new IllegalArgumentException(
                    "restart intensity must be at least 0, got " + intensity);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("intensity period must be positive, got " + period);
        }
        if (strategy == Strategy.SIMPLE_ONE_FOR_ONE) {
            if (template == null || !children.isEmpty()) {
                throw new IllegalArgumentException("a SIMPLE_ONE_FOR_ONE supervisor has exactly one"
                        + " child template and no static children; use Builder.template(…)");
            }
        } else if (template != null) {
            throw new IllegalArgumentException("only a SIMPLE_ONE_FOR_ONE supervisor has a child"
                    + " template; add static children with Builder.child(…)");
        }
        Set<String> ids = new HashSet<>();
        for (ChildSpec<?> child : children) {
            if (!ids.add(child.id())) {
                throw new IllegalArgumentException("two children have the id '" + child.id()
                        + "'; give each child of a supervisor its own id");
            }
        }
    }

    /** {@return the backoff, if restarts are delayed} */
    public Optional<Backoff> backoffPolicy() {
        return Optional.ofNullable(backoff);
    }

    /**
     * {@return a builder with the defaults: intensity 3 in 5 seconds, no backoff, restart on
     * every failure}
     *
     * @param strategy how children are restarted
     */
    public static Builder builder(Strategy strategy) {
        return new Builder(strategy);
    }

    /** Builds a {@link SupervisorSpec}. Not thread-safe. */
    public static final class Builder {
        private final Strategy strategy;
        private int intensity = DEFAULT_INTENSITY;
        private Duration period = DEFAULT_PERIOD;
        private Backoff backoff;
        private Decider decider = Decider.RESTART;
        private final List<ChildSpec<?>> children = new ArrayList<>();
        private ChildTemplate<?, ?> template;

        private Builder(Strategy strategy) {
            this.strategy = Objects.requireNonNull(strategy, "strategy");
        }

        /**
         * Sets the restart intensity.
         *
         * @param restarts at most this many restarts…
         * @param within …within this period
         * @return this builder
         */
        public Builder intensity(int restarts, Duration within) {
            this.intensity = restarts;
            this.period = within;
            return this;
        }

        /**
         * Delays restarts.
         *
         * @param policy the backoff
         * @return this builder
         */
        public Builder backoff(Backoff policy) {
            this.backoff = policy;
            return this;
        }

        /**
         * Chooses per failure what to do.
         *
         * @param policy the decider
         * @return this builder
         */
        public Builder decider(Decider policy) {
            this.decider = policy;
            return this;
        }

        /**
         * Adds a child; children start in the order they are added.
         *
         * @param child the child
         * @return this builder
         */
        public Builder child(ChildSpec<?> child) {
            children.add(Objects.requireNonNull(child, "child"));
            return this;
        }

        /**
         * Sets the template of a {@code SIMPLE_ONE_FOR_ONE} supervisor.
         *
         * @param childTemplate the template
         * @return this builder
         */
        public Builder template(ChildTemplate<?, ?> childTemplate) {
            this.template = childTemplate;
            return this;
        }

        /** {@return the spec} */
        public SupervisorSpec build() {
            return new SupervisorSpec(strategy, intensity, period, backoff, decider, children,
                    template);
        }
    }
}
