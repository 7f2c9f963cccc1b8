package dev.rt.bench;

import dev.rt.ActorSystem;
import dev.rt.bench.latency.Bouncer;
import dev.rt.bench.latency.BouncerHandle;
import dev.rt.bench.latency.PekkoLatency;
import dev.rt.bench.latency.Probe;
import dev.rt.bench.latency.ProbeHandle;
import dev.rt.bench.pekko.Pekko;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeoutException;
import org.HdrHistogram.Histogram;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.SpawnProtocol;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

/**
 * Latency under load: how long a message waits for an actor while every core is busy with other
 * actors' work. Not a JMH benchmark: run it in a fresh JVM per runtime ({@code java ...
 * dev.rt.bench.Latency rt}), which prints one line of JSON.
 *
 * <p>The load: {@link Settings#pairs} pairs of {@link Bouncer}s (Pekko: their twins in {@link
 * PekkoLatency}) bounce one ball each, and each ball costs a fixed amount of CPU work ({@link
 * Bouncer#work}), so that the pairs keep every thread of the pool busy wherever there are no more
 * cores than pairs (4 by default): RT's pool has one thread per core, and so has Pekko's, pinned
 * to that size by {@link Pekko#start}.
 *
 * <p>The probes: the measuring thread (this one, outside the pool) sends one probe to a {@link
 * Probe} actor every {@link Settings#interval}, an ask and a tell in turn, so each kind goes
 * every two intervals. It waits for each send time by spinning ({@link Thread#onSpinWait}),
 * because sleeping is far coarser than the interval; the spinning thread takes its share of a
 * core in both runtimes alike, so on a small machine a pool thread woken for a tell may wait for
 * a core ({@link Thread#yield} instead was tried: the measuring thread then lost the core to
 * other processes for milliseconds and sent a tenth of the probes). When a probe makes it miss
 * its next send time (a slow ask, or the machine not running it), it sends at once and goes on
 * from there, skipping the missed slots.
 *
 * <ul>
 *   <li>ask: the generated handle's request method ({@code probe.ping()}; Pekko: {@link
 *       AskPattern#ask}), then waiting for the {@code CompletionStage}; the latency is the time
 *       the reply is seen by the measuring thread minus the time the ask was sent. The
 *       histogram is the measuring thread's own.
 *   <li>tell: a message carrying its send time ({@link System#nanoTime}); the probe actor
 *       records the time its handler starts minus that into a histogram of its own, which the
 *       measuring thread reads at the end of the phase with an ask, so that the read
 *       happens-after every record.
 * </ul>
 *
 * <p>Coordinated omission is corrected with HdrHistogram's expected interval: the histograms
 * hold the latencies as measured, from the actual send time, and the percentiles are read from
 * their {@link Histogram#copyCorrectedForCoordinatedOmission copy corrected} for each kind's
 * interval (two probe intervals), the same as recording each value with {@link
 * Histogram#recordValueWithExpectedInterval}. A probe that took {@code k} intervals stands in
 * for the probes of the slots it made the measuring thread skip, with the latencies they would
 * have seen. The counts are of the probes actually measured. (Measuring from the intended send
 * time instead was tried: on a loaded shared machine it mostly measured the measuring thread's
 * own scheduling delays, which then piled up as back-to-back catch-up probes.)
 *
 * <p>Each runtime runs a warm-up phase, whose latencies are discarded, then a measured phase. The
 * result is checked: every tell sent in the measured phase was recorded, and every busy actor
 * handled balls during it (else the load was not there and the figures mean nothing).
 *
 * <p>Starvation: a probe actor that gets no turn while the busy actors keep the pool's threads
 * busy would make the measuring thread wait forever. An ask that has no reply within {@link
 * Settings#patience} ends the run with {@link StarvedException}, and {@link #main} reports it as
 * the result. Pekko's default dispatcher does this: a Java {@code ForkJoinPool} worker runs the
 * tasks of its own queue until that queue is empty before it looks at the tasks submitted from
 * outside the pool, and a pair's ball always puts the partner's mailbox on that queue, so with
 * at least as many pairs as threads the probe's mailbox, scheduled by the measuring thread, is
 * never run (Pekko's own test of this case, {@code ForkJoinPoolStarvationSpec}, is skipped on
 * JDK 21: apache/pekko issue 661).
 */
public final class Latency {

    private Latency() {}

    /**
     * The sizes of a run.
     *
     * @param warmup how long the probes run before the measured phase; their latencies are
     *     discarded
     * @param measured how long the measured phase lasts
     * @param interval the time between two probes (an ask and a tell in turn, so each kind goes
     *     every two intervals); also the coordinated-omission correction's unit
     * @param pairs how many pairs of busy actors make the load
     * @param workUnits the steps of {@link Bouncer#work} per ball
     * @param patience how long an ask may go without a reply before the probe actor is deemed
     *     starved
     */
    public record Settings(Duration warmup, Duration measured, Duration interval, int pairs,
            int workUnits, Duration patience) {

        /** Checks the sizes. */
        public Settings {
            if (warmup.isNegative() || !measured.isPositive() || !interval.isPositive()
                    || pairs < 1 || workUnits < 0 || !patience.isPositive()) {
                throw new IllegalArgumentException("bad settings: warm-up " + warmup
                        + ", measured " + measured + ", interval " + interval + ", pairs "
                        + pairs + ", work units " + workUnits + ", patience " + patience);
            }
        }

        /**
         * {@return the default sizes: 5 s warm-up, 10 s measured, one probe every 50 µs, 4 pairs
         * of busy actors, 200 steps of work (about 4 µs) per ball, 10 s of patience}
         */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(10),
                    Duration.ofNanos(50_000), 4, 200, Duration.ofSeconds(10));
        }

        /** {@return the load and the probes, in words, for the report} */
        public String describe() {
            return String.format(Locale.ROOT, "%d busy actors in %d pair%s (one ball in flight"
                    + " per pair, %d sin steps of work per ball) on %d cores; one probe every %d "
                    + "us, ask and tell in turn; %s s warm-up, %s s measured", 2 * pairs, pairs,
                    pairs == 1 ? "" : "s", workUnits, Runtime.getRuntime().availableProcessors(),
                    interval.toNanos() / 1000, seconds(warmup), seconds(measured));
        }

        private static String seconds(Duration d) {
            return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * The percentiles of one kind of probe, in microseconds, corrected for coordinated omission.
     *
     * @param p50 the median
     * @param p99 the 99th percentile
     * @param p999 the 99.9th percentile
     * @param max the largest latency
     * @param count how many probes were measured (before the correction)
     */
    public record Percentiles(double p50, double p99, double p999, double max, long count) {

        /**
         * {@return the percentiles of a histogram of nanoseconds, as measured, corrected for
         * coordinated omission}
         *
         * @param nanos the latencies as measured
         * @param expectedInterval the time between two probes of this kind, in nanoseconds
         */
        public static Percentiles of(Histogram nanos, long expectedInterval) {
            Histogram corrected = nanos.copyCorrectedForCoordinatedOmission(expectedInterval);
            return new Percentiles(micros(corrected.getValueAtPercentile(50)),
                    micros(corrected.getValueAtPercentile(99)),
                    micros(corrected.getValueAtPercentile(99.9)),
                    micros(corrected.getMaxValue()), nanos.getTotalCount());
        }

        private static double micros(long nanos) {
            return nanos / 1000.0;
        }

        /** {@return the percentiles as a JSON object} */
        public String json() {
            return String.format(Locale.ROOT,
                    "{\"p50\":%.2f,\"p99\":%.2f,\"p999\":%.2f,\"max\":%.2f,\"count\":%d}",
                    p50, p99, p999, max, count);
        }
    }

    /**
     * The result of one runtime's run.
     *
     * @param runtime {@code rt} or {@code pekko}
     * @param ask the latencies of the asks
     * @param tell the latencies of the tells
     * @param load the load and the probes, in words ({@link Settings#describe})
     */
    public record Result(String runtime, Percentiles ask, Percentiles tell, String load) {

        /** {@return the result as one line of JSON} */
        public String json() {
            return "{\"runtime\":\"" + runtime + "\",\"kind\":\"latency\",\"ask\":" + ask.json()
                    + ",\"tell\":" + tell.json() + ",\"unit\":\"us\",\"load\":\"" + load + "\"}";
        }
    }

    /**
     * Thrown when the probe actor got no turn: an ask had no reply within {@link
     * Settings#patience}.
     */
    public static final class StarvedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        /** The runtime whose probe actor starved. */
        private final String runtime;
        /** The load it starved under, in words. */
        private final String load;

        StarvedException(String runtime, String load, String what, Throwable cause) {
            super(runtime + ": " + what, cause);
            this.runtime = runtime;
            this.load = load;
        }

        /** {@return the outcome as one line of JSON, in the shape of {@link Result#json}} */
        public String json() {
            return "{\"runtime\":\"" + runtime + "\",\"kind\":\"latency\",\"starved\":\""
                    + getMessage().replace("\"", "'") + "\",\"unit\":\"us\",\"load\":\"" + load
                    + "\"}";
        }
    }

    /**
     * Measures one runtime and prints one line of JSON: the {@link Result}, or, if the probe
     * actor starved, the {@link StarvedException} (a result too, with {@code "starved"} in
     * place of {@code "ask"} and {@code "tell"}). The progress goes to standard error.
     *
     * @param args {@code rt} or {@code pekko}; optionally the warm-up and the measured phase in
     *     seconds (default 5 and 10), the interval between probes in microseconds (default 50)
     *     and the number of pairs of busy actors (default 4)
     * @throws Exception if the measurement fails
     */
    public static void main(String[] args) throws Exception {
        Settings d = Settings.defaults();
        Settings settings = new Settings(
                args.length > 1 ? Duration.ofSeconds(Long.parseLong(args[1])) : d.warmup(),
                args.length > 2 ? Duration.ofSeconds(Long.parseLong(args[2])) : d.measured(),
                args.length > 3 ? Duration.ofNanos(1000 * Long.parseLong(args[3])) : d.interval(),
                args.length > 4 ? Integer.parseInt(args[4]) : d.pairs(), d.workUnits(),
                d.patience());
        String line;
        try {
            line = measure(args[0], settings).json();
        } catch (StarvedException e) {
            e.printStackTrace();
            line = e.json();
        }
        System.out.println(line);
        System.exit(0);
    }

    /**
     * Measures the latency under load of one runtime, in this JVM.
     *
     * @param runtime {@code rt} or {@code pekko}
     * @param settings the sizes
     * @return the percentiles
     * @throws StarvedException if an ask to the probe actor had no reply in time
     * @throws IllegalStateException if a check fails: a tell was lost, or the load stopped
     */
    public static Result measure(String runtime, Settings settings) {
        try (Target target = switch (runtime) {
            case "rt" -> new RtTarget(settings);
            case "pekko" -> new PekkoTarget(settings);
            default -> throw new IllegalArgumentException("runtime: rt or pekko, not " + runtime);
        }) {
            return new Run(runtime, target, settings).measure();
        }
    }

    /** One runtime's measurement: its phases, checks and waits. */
    private record Run(String runtime, Target target, Settings settings) {

        Result measure() {
            long interval = settings.interval().toNanos();
            System.err.println("latency " + runtime + ": " + settings.describe());
            probe("warm-up", settings.warmup().toNanos(), new Histogram(3));
            await(target.drain(settings.patience()), "the first drain");

            long[] ballsBefore = balls();
            Histogram asks = new Histogram(3);
            long start = System.nanoTime();
            long tellsSent = probe("measured", settings.measured().toNanos(), asks);
            Histogram tells = await(target.drain(settings.patience()), "the last drain");
            long elapsed = System.nanoTime() - start;
            long[] ballsAfter = balls();

            if (tells.getTotalCount() != tellsSent) {
                throw new IllegalStateException(runtime + ": " + tellsSent + " tells sent but "
                        + tells.getTotalCount() + " recorded");
            }
            long balls = 0;
            for (int i = 0; i < ballsAfter.length; i++) {
                long handled = ballsAfter[i] - ballsBefore[i];
                if (handled <= 0) {
                    throw new IllegalStateException(runtime + ": busy actor " + i
                            + " handled no ball in the measured phase");
                }
                balls += handled;
            }
            System.err.printf(Locale.ROOT, "latency %s: %d asks, %d tells, load %.0f balls/s%n",
                    runtime, asks.getTotalCount(), tells.getTotalCount(),
                    balls * 1e9 / elapsed);
            return new Result(runtime, Percentiles.of(asks, 2 * interval),
                    Percentiles.of(tells, 2 * interval), settings.describe());
        }

        /**
         * Sends probes at a fixed rate for one phase, an ask and a tell in turn, and records the
         * asks' latencies.
         *
         * @return the number of tells sent
         */
        private long probe(String phase, long duration, Histogram asks) {
            long interval = settings.interval().toNanos();
            long start = System.nanoTime();
            long end = start + duration;
            long probes = 0;
            long skipped = 0;
            for (long next = start; next - end < 0; probes++) {
                while (System.nanoTime() - next < 0) {
                    Thread.onSpinWait();
                }
                long sentAt = System.nanoTime();
                if ((probes & 1) == 0) {
                    await(target.ask(settings.patience()), "ask " + (probes / 2 + 1) + " of the "
                            + phase + " phase");
                    asks.recordValue(System.nanoTime() - sentAt);
                } else {
                    target.tell(sentAt);
                }
                next += interval;
                long now = System.nanoTime();
                if (now - next > 0) {
                    skipped += (now - next) / interval;
                    next = now;
                }
            }
            System.err.printf(Locale.ROOT, "latency %s %s: %d probes sent, %d slots skipped%n",
                    runtime, phase, probes, skipped);
            return probes / 2;
        }

        /** {@return the number of balls each busy actor has handled} */
        private long[] balls() {
            long[] balls = new long[target.bouncers()];
            for (int i = 0; i < balls.length; i++) {
                balls[i] = await(target.balls(i, settings.patience()), "busy actor " + i);
            }
            return balls;
        }

        /** Waits for a reply; one that timed out means the actor asked was starved. */
        private <T> T await(CompletionStage<T> reply, String what) {
            try {
                return reply.toCompletableFuture().join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof TimeoutException) {
                    throw new StarvedException(runtime, settings.describe(), "no reply to " + what
                            + " within " + settings.patience().toSeconds() + " s", e.getCause());
                }
                throw e;
            }
        }
    }

    /** The actors of one runtime, as the measuring thread uses them. */
    private interface Target extends AutoCloseable {

        /**
         * Asks the probe actor.
         *
         * @param timeout how long the reply may take
         * @return the reply
         */
        CompletionStage<?> ask(Duration timeout);

        /**
         * Tells the probe actor a stamp.
         *
         * @param sentAt the time the latency counts from
         */
        void tell(long sentAt);

        /**
         * Asks the probe actor for its tell latencies since the last drain.
         *
         * @param timeout how long the reply may take
         * @return the reply
         */
        CompletionStage<Histogram> drain(Duration timeout);

        /** {@return the number of busy actors} */
        int bouncers();

        /**
         * Asks a busy actor for the number of balls it has handled.
         *
         * @param bouncer which one
         * @param timeout how long the reply may take
         * @return the reply
         */
        CompletionStage<Long> balls(int bouncer, Duration timeout);

        /** Halts the load, then stops the system. */
        @Override
        void close();
    }

    /** RT: the system, the busy pairs and the probe actor. */
    private static final class RtTarget implements Target {
        private final ActorSystem system = ActorSystem.create("latency");
        private final BouncerHandle[] bouncers;
        private final ProbeHandle probe;

        RtTarget(Settings settings) {
            int units = settings.workUnits();
            bouncers = new BouncerHandle[2 * settings.pairs()];
            for (int i = 0; i < bouncers.length; i++) {
                bouncers[i] = BouncerHandle.spawn(system, "bouncer-" + i, () -> new Bouncer(units));
            }
            probe = ProbeHandle.spawn(system, "probe", Probe::new);
            for (int i = 0; i < bouncers.length; i += 2) {
                bouncers[i].ball(bouncers[i + 1], 1.0);
            }
        }

        @Override
        public CompletionStage<?> ask(Duration timeout) {
            return probe.ping(timeout);
        }

        @Override
        public void tell(long sentAt) {
            probe.stamp(sentAt);
        }

        @Override
        public CompletionStage<Histogram> drain(Duration timeout) {
            return probe.drain(timeout);
        }

        @Override
        public int bouncers() {
            return bouncers.length;
        }

        @Override
        public CompletionStage<Long> balls(int bouncer, Duration timeout) {
            return bouncers[bouncer].count(timeout);
        }

        @Override
        public void close() {
            for (BouncerHandle bouncer : bouncers) {
                bouncer.halt();
            }
            system.close();
        }
    }

    /** Pekko: the system, the busy pairs and the probe actor. */
    private static final class PekkoTarget implements Target {
        private final org.apache.pekko.actor.typed.ActorSystem<SpawnProtocol.Command> system =
                Pekko.start("latency");
        private final ActorRef<PekkoLatency.Bouncer.Msg>[] bouncers;
        private final ActorRef<PekkoLatency.Probe.Msg> probe;

        @SuppressWarnings({"unchecked", "rawtypes"})
        PekkoTarget(Settings settings) {
            bouncers = new ActorRef[2 * settings.pairs()];
            for (int i = 0; i < bouncers.length; i++) {
                bouncers[i] = Pekko.spawn(system,
                        PekkoLatency.Bouncer.create(settings.workUnits()), "bouncer-" + i);
            }
            probe = Pekko.spawn(system, PekkoLatency.Probe.create(), "probe");
            for (int i = 0; i < bouncers.length; i += 2) {
                bouncers[i].tell(new PekkoLatency.Bouncer.Ball(bouncers[i + 1], 1.0));
            }
        }

        @Override
        public CompletionStage<?> ask(Duration timeout) {
            return AskPattern.<PekkoLatency.Probe.Msg, Long>ask(probe,
                    PekkoLatency.Probe.Ping::new, timeout, system.scheduler());
        }

        @Override
        public void tell(long sentAt) {
            probe.tell(new PekkoLatency.Probe.Stamp(sentAt));
        }

        @Override
        public CompletionStage<Histogram> drain(Duration timeout) {
            return AskPattern.<PekkoLatency.Probe.Msg, Histogram>ask(probe,
                    PekkoLatency.Probe.Drain::new, timeout, system.scheduler());
        }

        @Override
        public int bouncers() {
            return bouncers.length;
        }

        @Override
        public CompletionStage<Long> balls(int bouncer, Duration timeout) {
            return AskPattern.<PekkoLatency.Bouncer.Msg, Long>ask(bouncers[bouncer],
                    PekkoLatency.Bouncer.Count::new, timeout, system.scheduler());
        }

        @Override
        public void close() {
            for (ActorRef<PekkoLatency.Bouncer.Msg> bouncer : bouncers) {
                bouncer.tell(PekkoLatency.Bouncer.Halt.INSTANCE);
            }
            Pekko.stop(system);
        }
    }
}
