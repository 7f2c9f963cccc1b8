package dev.rt;

import dev.rt.spi.BehaviorDescriptor;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * How an {@link ActorSystem} runs. Build one with {@link #builder()}; every setting has a
 * default, listed on its builder method.
 *
 * @param throughput how many messages an actor handles in one turn before it yields its thread
 * @param parallelism how many carrier threads the default executor has
 * @param executor the executor that runs actors, or null for the default {@code ForkJoinPool}
 * @param timerService the timer service, or null for the default one-thread service
 * @param monitor receives monitoring events
 * @param askTimeout the timeout of an {@code ask} that names none
 * @param shutdownTimeout how long {@link ActorSystem#close()} waits for actors to stop before
 *     it abandons those still live, and how often it then interrupts them again
 * @param blockedThreshold after how long in one turn an actor is reported as blocking its
 *     carrier thread ({@link MonitorEvent.ActorBlocked}); zero turns these reports off (the
 *     scheduling, handoff slot included, is the same either way)
 * @param defaultMailbox the mailbox of an actor whose behavior declares none and whose spawn
 *     names none; see {@link #mailboxOf}
 */
public record ActorSystemConfig(
        int throughput,
        int parallelism,
        Executor executor,
        TimerService timerService,
        Monitor monitor,
        Duration askTimeout,
        Duration shutdownTimeout,
        Duration blockedThreshold,
        Mailbox defaultMailbox) {

    /** Checks every setting. */
    public ActorSystemConfig {
        if (throughput < 1) {
            throw new IllegalArgumentException("throughput must be at least 1, got " + throughput);
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException(
                    "parallelism must be at least 1, got " + parallelism);
        }
        Objects.requireNonNull(monitor, "monitor; use Monitor.NONE for none");
        requirePositive(askTimeout, "askTimeout");
        requirePositive(shutdownTimeout, "shutdownTimeout");
        Objects.requireNonNull(blockedThreshold, "blockedThreshold");
        if (blockedThreshold.isNegative()) {
            throw new IllegalArgumentException("blockedThreshold must not be negative, got "
                    + blockedThreshold + "; use Duration.ZERO to turn the blocked-actor reports off");
        }
        Objects.requireNonNull(defaultMailbox, "defaultMailbox; use Mailbox.UNBOUNDED for none");
    }

    /**
     * The mailbox an actor of this behavior gets when its spawn names none: the behavior's own,
     * or this configuration's {@link #defaultMailbox} where the behavior declares none.
     *
     * <p>The rule, exactly: a behavior declares no mailbox when its descriptor's {@link
     * BehaviorDescriptor#mailbox()} returns the {@link Mailbox#UNBOUNDED} instance itself. A
     * generated descriptor does so when {@code @ActorBehavior} sets no {@code capacity} (the
     * annotation has no other way to say "unbounded"), so every such behavior follows the
     * system's default. A spawn that passes a mailbox, {@code Mailbox.UNBOUNDED} included, and
     * a supervised child given one ({@code ChildSpec.withMailbox}) keep theirs; a supervisor's
     * mailbox is always unbounded.
     *
     * @param descriptor the behavior's descriptor
     * @return the mailbox to use
     */
    public Mailbox mailboxOf(BehaviorDescriptor<?, ?> descriptor) {
        Mailbox declared = descriptor.mailbox();
        return declared == Mailbox.UNBOUNDED ? defaultMailbox : declared;
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, what);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
    }

    /** {@return the default configuration} */
    public static ActorSystemConfig defaults() {
        return builder().build();
    }

    /** {@return a builder holding the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link ActorSystemConfig}. Not thread-safe. */
    public static final class Builder {
        private int throughput = 32;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private Executor executor;
        private TimerService timerService;
        private Monitor monitor = Monitor.NONE;
        private Duration askTimeout = Duration.ofSeconds(5);
        private Duration shutdownTimeout = Duration.ofSeconds(10);
        private Duration blockedThreshold = Duration.ofSeconds(1);
        private Mailbox defaultMailbox = Mailbox.UNBOUNDED;

        private Builder() {}

        /**
         * Messages per actor turn; default 32. Higher favours throughput, lower favours fairness.
         *
         * @param throughput at least 1
         * @return this builder
         */
        public Builder throughput(int throughput) {
            this.throughput = throughput;
            return this;
        }

        /**
         * Carrier threads of the default executor; default: the number of processors.
         *
         * @param parallelism at least 1
         * @return this builder
         */
        public Builder parallelism(int parallelism) {
            this.parallelism = parallelism;
            return this;
        }

        /**
         * The executor that runs actors; default: a {@code ForkJoinPool} in async (FIFO) mode
         * owned by the system. An executor passed here is not shut down by the system.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /**
         * The timer service; default: one daemon thread owned by the system. A service passed
         * here, such as a {@link ManualClock}, is not closed by the system.
         *
         * @param timerService the service
         * @return this builder
         */
        public Builder timerService(TimerService timerService) {
            this.timerService = timerService;
            return this;
        }

        /**
         * Receives monitoring events; default {@link Monitor#NONE}.
         *
         * @param monitor the monitor
         * @return this builder
         */
        public Builder monitor(Monitor monitor) {
            this.monitor = monitor;
            return this;
        }

        /**
         * The timeout of an {@code ask} that names none; default 5 seconds.
         *
         * @param askTimeout positive
         * @return this builder
         */
        public Builder askTimeout(Duration askTimeout) {
            this.askTimeout = askTimeout;
            return this;
        }

        /**
         * How long {@link ActorSystem#close()} waits for actors to stop; default 10 seconds. Past
         * it, the actors still live are abandoned and interrupted, again every this long until
         * they have terminated (see {@link ActorSystem#close()}).
         *
         * @param shutdownTimeout positive
         * @return this builder
         */
        public Builder shutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = shutdownTimeout;
            return this;
        }

        /**
         * After how long in one turn an actor that is not declared blocking is reported as
         * blocking its carrier thread; default 1 second; zero turns the reports off. The
         * system's carrier monitor watches its own pool only, on one daemon thread, in real
         * time; it also keeps the handoff slot from stranding an actor, whatever this says.
         *
         * @param threshold not negative
         * @return this builder
         */
        public Builder blockedThreshold(Duration threshold) {
            this.blockedThreshold = threshold;
            return this;
        }

        /**
         * The mailbox of an actor whose behavior declares none ({@code @ActorBehavior} without
         * a {@code capacity}) and whose spawn names none; default {@link Mailbox#UNBOUNDED}. See
         * {@link ActorSystemConfig#mailboxOf} for the exact rule.
         *
         * @param mailbox the system-wide default
         * @return this builder
         */
        public Builder defaultMailbox(Mailbox mailbox) {
            this.defaultMailbox = mailbox;
            return this;
        }

        /** {@return the configuration} */
        public ActorSystemConfig build() {
            return new ActorSystemConfig(throughput, parallelism, executor, timerService, monitor,
                    askTimeout, shutdownTimeout, blockedThreshold, defaultMailbox);
        }
    }
}
