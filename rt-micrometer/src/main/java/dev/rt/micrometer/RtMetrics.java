package dev.rt.micrometer;

import dev.rt.ActorSystem;
import dev.rt.AskTimeoutException;
import dev.rt.EventStream;
import dev.rt.MonitorEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * The metrics of one {@link ActorSystem} on Micrometer: actors alive, messages by outcome,
 * failures, restarts, escalations, blocked turns, mailbox depths and ask latency, every meter
 * named {@code rt.*} and tagged {@code system=<the system's name>}. docs/observability.md has
 * the table of meters.
 *
 * <pre>{@code
 * RtMetrics metrics = RtMetrics.builder(system).build();
 * metrics.bindTo(registry);   // or declare it as a bean: Spring Boot binds every MeterBinder
 * ...
 * metrics.close();            // unsubscribes from the system, removes the meters
 * }</pre>
 *
 * <p>Where the numbers come from: the message counters and the gauges read the system's
 * {@link ActorSystem#accounting() accounting} and {@link ActorSystem#snapshot() snapshot},
 * when the registry reads them (a scrape), at most once per {@link Builder#snapshotMaxAge}
 * however many meters are read; the failure, restart, escalation and blocked-turn counters
 * are fed by subscriptions to the system's events ({@link EventStream#subscribe}); the ask
 * timer by an {@link dev.rt.AskObserver} ({@link EventStream#observeAsks}).
 *
 * <p>Cost: while bound, the system has event subscribers, so it builds a {@link MonitorEvent}
 * wherever it reports something (a failure, a restart, a drop, a dead letter, an actor's start
 * and stop), as it does for any monitor; the tell path is unchanged. Each ask reads the
 * system's clock twice and records into a {@link Timer}. A scrape walks the actor tree twice
 * (snapshot and accounting) per {@code snapshotMaxAge}.
 *
 * <p>Threading: build, {@link #bindTo} and {@link #close} from any thread; they are
 * serialized on this object, which the meters' callbacks never lock (a sample is taken under a
 * lock of its own, which only meter reads take, never an actor). Registries may read the
 * meters from any thread, concurrently with the actors; the event counters and the ask timer
 * are updated on the actors' threads, lock-free. When {@code bindTo} returns, its meters are
 * in the registry and its subscriptions open: every event and ask that starts afterwards is
 * counted. When {@code close} returns, the meters are out of their registries and the
 * subscriptions closed; an event or ask already being reported on another thread at that
 * moment may still update a removed meter, which no registry reads any more.
 */
public final class RtMetrics implements MeterBinder, AutoCloseable {

    /** The tag value under which the mailboxes beyond {@link Builder#maxTaggedGauges} add up. */
    public static final String OTHER = "_other";

    /** How mailbox depths are tagged. */
    public enum MailboxGauges {
        /**
         * One {@code rt.mailbox.depth} gauge per behavior, tagged {@code behavior=<its simple
         * class name>} ({@code Supervisor} for supervisors): the sum of its actors' depths. The
         * default; bounded by the number of behaviors.
         */
        PER_BEHAVIOR,
        /**
         * One {@code rt.mailbox.depth} gauge per actor, tagged {@code path=<its path>}: for
         * systems with few, long-lived actors.
         */
        PER_ACTOR,
        /** No tagged mailbox gauge; {@code rt.mailbox.queued} still gives the total. */
        NONE
    }

    private final ActorSystem system;
    private final Tags tags;
    private final MailboxGauges mailboxGauges;
    private final int maxTaggedGauges;
    private final Sampler sampler;
    /** The open bindings, by registry identity; guarded by this. */
    private final Map<MeterRegistry, Binding> bindings = new IdentityHashMap<>();
    private boolean closed; // guarded by this

    private RtMetrics(Builder b) {
        this.system = b.system;
        this.tags = Tags.of("system", system.name()).and(b.tags);
        this.mailboxGauges = b.mailboxGauges;
        this.maxTaggedGauges = b.maxTaggedGauges;
        this.sampler = new Sampler(system, b.snapshotMaxAge.toNanos(), mailboxGauges);
    }

    /**
     * {@return a builder of the metrics of {@code system}, holding the defaults}
     *
     * @param system the system to measure
     */
    public static Builder builder(ActorSystem system) {
        return new Builder(Objects.requireNonNull(system, "system"));
    }

    /**
     * {@return the metrics of {@code system} with the defaults: mailbox gauges per behavior, at
     * most 100 of them, snapshots at most 1 second old}
     *
     * @param system the system to measure
     */
    public static RtMetrics of(ActorSystem system) {
        return builder(system).build();
    }

    /**
     * Registers the meters in {@code registry} and starts counting. Binding the same registry
     * twice does nothing the second time; several registries may be bound, each gets every
     * meter (and its own cap of tagged gauges). Any thread.
     *
     * @param registry where the meters go
     * @throws IllegalStateException if this has been closed
     */
    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        if (closed) {
            throw new IllegalStateException("these RtMetrics of " + system.name()
                    + " are closed; build new ones with RtMetrics.builder(system)");
        }
        if (bindings.containsKey(registry)) {
            return;
        }
        Binding binding = new Binding(registry);
        bindings.put(registry, binding);
        binding.open();
    }

    /**
     * Unsubscribes from the system's events and asks, and removes every meter this registered
     * from its registry. Idempotent; any thread. Binding again afterwards throws.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Binding b : bindings.values()) {
            b.close();
        }
        bindings.clear();
    }

    @Override
    public String toString() {
        return "RtMetrics[" + system.name() + ", " + mailboxGauges + " max " + maxTaggedGauges
                + "]";
    }

    /** The meters and subscriptions of one registry. */
    private final class Binding implements Sampler.Listener {
        private final MeterRegistry registry;
        private final List<Meter> meters = new ArrayList<>(); // guarded by RtMetrics.this
        private final List<EventStream.Subscription> subscriptions = new ArrayList<>();
        private final MailboxMeters mailboxes;

        Binding(MeterRegistry registry) {
            this.registry = registry;
            this.mailboxes = new MailboxMeters(registry, tags, mailboxGauges, maxTaggedGauges,
                    sampler);
        }

        void open() {
            gauge("rt.actors.alive", "actors in the tree that have not terminated, supervisors"
                    + " included", s -> s.sample().alive());
            gauge("rt.mailbox.queued", "messages waiting in every mailbox",
                    s -> s.sample().queued());
            messages("processed", "handled by a handler that returned", Sample::processed);
            messages("failed", "handled by a handler that threw", Sample::failed);
            messages("dropped", "not kept by a bounded mailbox", Sample::dropped);
            messages("expired", "past their deadline when their turn came", Sample::expired);
            messages("dead-lettered", "sent to, or left queued for, an actor that stopped",
                    Sample::deadLettered);
            count("rt.actor.failures", "actors' failures (handler, preStart, onTerminated,"
                    + " factory)", MonitorEvent.ActorFailed.class);
            count("rt.actor.restarts", "restarts by a supervisor",
                    MonitorEvent.ActorRestarted.class);
            count("rt.supervisor.escalations", "supervisors that gave up and failed to their"
                    + " parent", MonitorEvent.SupervisorEscalated.class);
            count("rt.actor.blocked", "turns that held a carrier thread past the blocked"
                    + " threshold", MonitorEvent.ActorBlocked.class);
            Timer success = timer("success");
            Timer failure = timer("failure");
            Timer timeout = timer("timeout");
            subscriptions.add(system.events().observeAsks((path, type, nanos, cause) ->
                    (cause == null ? success : cause instanceof AskTimeoutException ? timeout
                            : failure).record(nanos, TimeUnit.NANOSECONDS)));
            if (mailboxGauges != MailboxGauges.NONE) {
                sampler.addListener(this);
                mailboxes.update(sampler.sample());
            }
        }

        @Override
        public void sampled(Sample sample) {
            mailboxes.update(sample);
        }

        private void gauge(String name, String help, ToDoubleFunction<Sampler> value) {
            meters.add(Gauge.builder(name, sampler, value).tags(tags).description(help)
                    .strongReference(true).register(registry));
        }

        private void messages(String outcome, String help, ToDoubleFunction<Sample> value) {
            meters.add(FunctionCounter.builder("rt.messages", sampler,
                            s -> value.applyAsDouble(s.sample()))
                    .tags(tags).tag("outcome", outcome).description("messages " + help)
                    .register(registry));
        }

        private void count(String name, String help, Class<? extends MonitorEvent> type) {
            Counter counter = Counter.builder(name).tags(tags).description(help)
                    .register(registry);
            meters.add(counter);
            subscriptions.add(system.events().subscribe(type, e -> counter.increment()));
        }

        private Timer timer(String outcome) {
            Timer t = Timer.builder("rt.ask.latency").tags(tags).tag("outcome", outcome)
                    .description("from ask to its reply, timeout or failure")
                    .register(registry);
            meters.add(t);
            return t;
        }

        void close() {
            for (EventStream.Subscription s : subscriptions) {
                s.close();
            }
            sampler.removeListener(this);
            mailboxes.close();
            for (Meter m : meters) {
                registry.remove(m);
            }
        }
    }

    /**
     * Builds {@link RtMetrics}. Not thread-safe: build on one thread, then share the result.
     */
    public static final class Builder {
        private final ActorSystem system;
        private Tags tags = Tags.empty();
        private MailboxGauges mailboxGauges = MailboxGauges.PER_BEHAVIOR;
        private int maxTaggedGauges = 100;
        private Duration snapshotMaxAge = Duration.ofSeconds(1);

        private Builder(ActorSystem system) {
            this.system = system;
        }

        /**
         * Tags added to every meter, after {@code system}; default none.
         *
         * @param extra such as {@code Tags.of("service", "orders")}
         * @return this builder
         */
        public Builder tags(Iterable<Tag> extra) {
            this.tags = Tags.of(Objects.requireNonNull(extra, "tags"));
            return this;
        }

        /**
         * How mailbox depths are tagged; default {@link MailboxGauges#PER_BEHAVIOR}.
         *
         * @param mode per behavior, per actor, or none
         * @return this builder
         */
        public Builder mailboxGauges(MailboxGauges mode) {
            this.mailboxGauges = Objects.requireNonNull(mode, "mailboxGauges");
            return this;
        }

        /**
         * The most tagged {@code rt.mailbox.depth} gauges one registry gets; default 100. Past
         * it, the mailboxes of the behaviors (or actors) that found no place add up in one
         * gauge tagged {@link #OTHER _other}: nothing is lost, only the breakdown. A place is
         * taken in the order the snapshot lists the actors (the tree, depth first, in creation
         * order) and given back, to the next one found, when its last actor has terminated.
         *
         * @param max 0 or more; 0 sums every mailbox under {@code _other}
         * @return this builder
         * @throws IllegalArgumentException if {@code max} is negative
         */
        public Builder maxTaggedGauges(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxTaggedGauges must not be negative, got "
                        + max + "; use 0 to sum every mailbox into the one gauge tagged "
                        + OTHER + ", or mailboxGauges(MailboxGauges.NONE) for none");
            }
            this.maxTaggedGauges = max;
            return this;
        }

        /**
         * How old a snapshot of the tree and accounting may be when a meter is read; default
         * 1 second. The meters read in one scrape then share one walk of the tree; zero walks
         * it for each meter read (exact, for tests).
         *
         * @param maxAge zero or more
         * @return this builder
         * @throws IllegalArgumentException if {@code maxAge} is negative
         */
        public Builder snapshotMaxAge(Duration maxAge) {
            Objects.requireNonNull(maxAge, "snapshotMaxAge");
            if (maxAge.isNegative()) {
                throw new IllegalArgumentException("snapshotMaxAge must not be negative, got "
                        + maxAge + "; use Duration.ZERO to read the tree at every meter read");
            }
            this.snapshotMaxAge = maxAge;
            return this;
        }

        /** {@return the metrics, not bound yet} */
        public RtMetrics build() {
            return new RtMetrics(this);
        }
    }
}
