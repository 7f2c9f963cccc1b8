package dev.rt;

import dev.rt.spi.BehaviorDescriptor;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Executor;

/**
 * How an {@link ActorSystem} runs. Build one with {@link #builder()}; every setting has a
 * default, listed on its builder method. An operator who cannot recompile sets them through
 * properties instead: system properties ({@link #fromSystemProperties()}), a file ({@link
 * #fromFile}) or both merged by the program ({@link Builder#from(Properties)}, whose javadoc
 * lists the keys).
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
 * @param flightRecorder whether the system reports failures, restarts, escalations, dead
 *     letters, mailbox overflows and blocked turns as JDK Flight Recorder events (committed
 *     only while a recording enables them; see {@link Builder#flightRecorder})
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
        Mailbox defaultMailbox,
        boolean flightRecorder) {

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

    /**
     * Reads a configuration from properties: the {@code rt.*} keys of {@code props} over the
     * defaults. Keys outside {@code rt.} are not looked at. See {@link Builder#from(Properties)}
     * for the keys and their syntax.
     *
     * @param props the properties
     * @return the configuration
     * @throws ConfigException naming the key, the value and the fix, if an {@code rt.*} key is
     *     unknown or its value bad
     */
    public static ActorSystemConfig fromProperties(Properties props) {
        return builder().from(props).build();
    }

    /**
     * Reads a configuration from the JVM's system properties ({@code -Drt.parallelism=4}), as
     * {@link #fromProperties}: every system property under {@code rt.} is taken to be RT's.
     *
     * @return the configuration
     * @throws ConfigException if an {@code rt.*} key is unknown or its value bad
     */
    public static ActorSystemConfig fromSystemProperties() {
        return fromProperties(System.getProperties());
    }

    /**
     * Reads a configuration from a {@code .properties} file, in UTF-8, as {@link
     * #fromProperties}.
     *
     * @param file the file
     * @return the configuration
     * @throws IOException if the file cannot be read
     * @throws ConfigException if an {@code rt.*} key is unknown or its value bad
     */
    public static ActorSystemConfig fromFile(Path file) throws IOException {
        return builder().from(file).build();
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
        private boolean flightRecorder;

        private Builder() {}

        /**
         * Sets what the {@code rt.*} keys of {@code props} say (its defaults included); the
         * settings they do not name are left as they are. Code set after this call wins over the
         * properties, so {@code builder().from(props).monitor(m).build()} reads the operator's
         * settings and adds the program's. Keys outside {@code rt.} are not looked at; every
         * key under it must be one of these, or this throws:
         *
         * <table>
         * <caption>The keys</caption>
         * <tr><th>key<th>sets<th>syntax
         * <tr><td>{@code rt.parallelism}<td>{@link #parallelism}<td>a whole number, at least 1
         * <tr><td>{@code rt.throughput}<td>{@link #throughput}<td>a whole number, at least 1
         * <tr><td>{@code rt.ask-timeout}<td>{@link #askTimeout}<td>a positive duration
         * <tr><td>{@code rt.shutdown-timeout}<td>{@link #shutdownTimeout}<td>a positive duration
         * <tr><td>{@code rt.blocked-threshold}<td>{@link #blockedThreshold}<td>a duration;
         *     {@code 0} turns the reports off
         * <tr><td>{@code rt.default-mailbox}<td>{@link #defaultMailbox}<td>{@code unbounded},
         *     or {@code bounded:<capacity>:<overflow>}, overflow one of {@code reject},
         *     {@code drop-newest}, {@code drop-oldest}, {@code block} (the {@link
         *     dev.rt.annotation.Overflow} names, in any case, {@code -} or {@code _}); {@code
         *     block} may take a block timeout after it: {@code bounded:100:block:2s}
         * <tr><td>{@code rt.flight-recorder}<td>{@link #flightRecorder}<td>{@code true} or
         *     {@code false}, in any case
         * </table>
         *
         * <p>A duration is a whole number and a unit, {@code ms}, {@code s}, {@code m} or
         * {@code h} ({@code 500ms}, {@code 2s}, {@code 1m}), or ISO-8601 ({@code PT2S}, as
         * {@link Duration#parse}); {@code 0} is zero. Values are stripped of surrounding blanks.
         *
         * @param props the properties
         * @return this builder
         * @throws ConfigException naming the key, the value and the fix, at the first {@code
         *     rt.*} key (in key order) that is unknown or whose value is bad
         */
        public Builder from(Properties props) {
            Objects.requireNonNull(props, "props");
            ConfigProperties.apply(props, this);
            return this;
        }

        /**
         * Sets what the {@code rt.*} keys of a {@code .properties} file, read in UTF-8, say, as
         * {@link #from(Properties)}.
         *
         * @param file the file
         * @return this builder
         * @throws IOException if the file cannot be read
         * @throws ConfigException if an {@code rt.*} key is unknown or its value bad
         */
        public Builder from(Path file) throws IOException {
            Properties props = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            }
            return from(props);
        }

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

        /**
         * Whether the system reports what goes wrong as JDK Flight Recorder events, in the
         * category {@code RT}: {@code dev.rt.ActorFailed}, {@code dev.rt.ActorRestarted},
         * {@code dev.rt.SupervisorEscalated}, {@code dev.rt.DeadLetter}, {@code
         * dev.rt.MessageDropped} and {@code dev.rt.ActorBlocked} (docs/observability.md lists
         * their fields); default false.
         *
         * <p>When true, the system listens to its own {@link MonitorEvent}s as a subscriber
         * does, and turns each of those kinds into a JFR event, committed only if a recording
         * running at that moment enables it ({@code Event.shouldCommit()}); with no recording,
         * nothing is written. The tell path is unchanged either way: events are built only
         * where something is reported (a failure, a restart, a drop, a dead letter, a blocked
         * turn, and an actor's start and stop). When false, the JFR event classes are not even
         * loaded.
         *
         * @param on whether to report to JFR
         * @return this builder
         */
        public Builder flightRecorder(boolean on) {
            this.flightRecorder = on;
            return this;
        }

        /** {@return the configuration} */
        public ActorSystemConfig build() {
            return new ActorSystemConfig(throughput, parallelism, executor, timerService, monitor,
                    askTimeout, shutdownTimeout, blockedThreshold, defaultMailbox,
                    flightRecorder);
        }
    }
}
