package dev.rt.bench.savina.logmap;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pekko.actor.typed.ActorRef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Savina Logistic Map Series (Imam and Sarkar, "Savina - An Actor Benchmark Suite", AGERE 2014),
 * RT against Pekko, with Savina's defaults ({@code LogisticMapConfig}): 10 series of 25,000 terms
 * each, series {@code i} starting at the term {@code i * 0.0025} with the rate {@code 3.46 + i *
 * 0.0025}, each computed by its own series worker through its own rate computer, one request and
 * reply per term (Savina's manual-stash Akka version, the one its scripts run).
 *
 * <p>Both runtimes send the same messages, and a request carries the handle or reference that
 * its answer goes to: Savina's computer answers its sender, Pekko's a {@code replyTo}, RT's a
 * {@code SeriesWorkerHandle} in the message (docs/messaging.md, "Handles in messages"), and the
 * master's request for the last term likewise. A worker counts the next-term requests that
 * arrive while it waits for its computer, where Savina's stashes them, so neither runtime's stash
 * is measured.
 *
 * <p>The {@code Ask} variants send the computer's requests through each runtime's ask instead,
 * the way a user who wants a timeout on each request writes them: RT's generated handle returns
 * the reply's stage, which the worker turns into a message to itself; Pekko's worker calls {@code
 * ActorContext.ask} with a response adapter. Each request then has a timeout to schedule and
 * cancel, and a future (RT) or a temporary actor (Pekko) for its reply. Not a Savina row: it
 * shows what an ask costs over a tell between two actors.
 *
 * <p>The driver ({@link RtState}, {@link PekkoState}) spawns the computers, the workers and the
 * master (Savina's master spawns them at the top level) and starts the master, which sends every
 * next-term request at once, then a request for the last term; with all last terms in, it stops
 * the workers and the computers and stops. One operation ends when every actor has stopped
 * ({@code postStop}, Pekko: {@code PostStop}); then the sum of the last terms, taken in series
 * order, is checked against the same series computed sequentially, to the last bit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LogmapBenchmark {

    /** Terms per series. */
    @Param({"25000"})
    public int logmapTerms;
    /** Series, and so series workers and rate computers. */
    @Param({"10"})
    public int logmapSeries;
    /** The rate of the first series. */
    @Param({"3.46"})
    public double logmapStartRate;
    /** The step between the rates, and between the first terms, of the series. */
    @Param({"0.0025"})
    public double logmapIncrement;

    private final AtomicReference<Double> sum = new AtomicReference<>();
    private double expected;

    /** Creates the benchmark; JMH instantiates it. */
    public LogmapBenchmark() {}

    /** Computes every series sequentially: the expected sum of their last terms. */
    @Setup(Level.Trial)
    public void expect() {
        double total = 0;
        for (int i = 0; i < logmapSeries; i++) {
            double term = startTerm(i);
            double rate = rate(i);
            for (int t = 0; t < logmapTerms; t++) {
                term = RateComputer.nextTerm(term, rate);
            }
            total += term;
        }
        expected = total;
    }

    /** {@return the first term of series {@code i}} */
    private double startTerm(int i) {
        return i * logmapIncrement;
    }

    /** {@return the rate of the computer of series {@code i}} */
    private double rate(int i) {
        return logmapStartRate + i * logmapIncrement;
    }

    /**
     * RT: Logistic Map Series, each answer to the handle in the request.
     *
     * @param s the system
     */
    @Benchmark
    public void logmapRt(RtState s) {
        logmapRt(s, false);
    }

    /**
     * RT: Logistic Map Series, each term asked through the computer's generated handle.
     *
     * @param s the system
     */
    @Benchmark
    public void logmapAskRt(RtState s) {
        logmapRt(s, true);
    }

    /**
     * Pekko: Logistic Map Series, each answer to the {@code replyTo} in the request.
     *
     * @param s the system
     */
    @Benchmark
    public void logmapPekko(PekkoState s) {
        logmapPekko(s, false);
    }

    /**
     * Pekko: Logistic Map Series, each term asked with {@code ActorContext.ask}.
     *
     * @param s the system
     */
    @Benchmark
    public void logmapAskPekko(PekkoState s) {
        logmapPekko(s, true);
    }

    private void logmapRt(RtState s, boolean byAsk) {
        int n = logmapSeries;
        int terms = logmapTerms;
        sum.set(null);
        s.run(1 + 2 * n, ctx -> {
            List<RateComputerHandle> computers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                double rate = rate(i);
                computers.add(RateComputerHandle.spawn(ctx, s.name("computer"),
                        () -> new RateComputer(rate, s.done)));
            }
            List<SeriesWorkerHandle> workers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int series = i;
                RateComputerHandle computer = computers.get(i % n);
                double start = startTerm(i);
                workers.add(SeriesWorkerHandle.spawn(ctx, s.name("worker"),
                        () -> new SeriesWorker(series, computer, start, byAsk, s.done)));
            }
            List<SeriesWorkerHandle> allWorkers = List.copyOf(workers);
            List<RateComputerHandle> allComputers = List.copyOf(computers);
            LogmapMasterHandle.spawn(ctx, s.name("master"), () -> new LogmapMaster(allWorkers,
                    allComputers, terms, sum, s.done)).start();
        });
        check();
    }

    private void logmapPekko(PekkoState s, boolean byAsk) {
        int n = logmapSeries;
        int terms = logmapTerms;
        sum.set(null);
        s.run(1 + 2 * n, ctx -> {
            List<ActorRef<PekkoLogmap.Computer.Msg>> computers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                computers.add(ctx.spawn(PekkoLogmap.Computer.create(rate(i), s.done),
                        s.name("computer")));
            }
            List<ActorRef<PekkoLogmap.Worker.Msg>> workers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                workers.add(ctx.spawn(PekkoLogmap.Worker.create(i, computers.get(i % n),
                        startTerm(i), byAsk, s.done), s.name("worker")));
            }
            ctx.spawn(PekkoLogmap.Master.create(List.copyOf(workers), List.copyOf(computers),
                    terms, sum, s.done), s.name("master")).tell(PekkoLogmap.Master.Start.INSTANCE);
        });
        check();
    }

    /** Fails the operation unless the sum of the last terms is the sequential one, exactly. */
    private void check() {
        Double got = sum.get();
        if (got == null || Double.compare(got, expected) != 0) {
            throw new IllegalStateException("Logistic Map: expected the last terms of "
                    + logmapSeries + " series of " + logmapTerms + " terms to sum to " + expected
                    + ", the master summed " + got);
        }
    }
}
