package dev.rt.bench.savina.filterbank;

import dev.rt.ActorContext;
import dev.rt.ActorRef;
import dev.rt.bench.Driver;
import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoActors;
import dev.rt.bench.pekko.PekkoState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Savina Filter Bank, RT against Pekko: a producer boots a source once per simulation; the source
 * sends a value to the branches, which copy it to every channel; each channel is a pipeline of
 * actors (bank, delay, FIR filter, down-sampler, delay, FIR filter, tagged forwarder); an
 * integrator lines the channels' outputs up in rows, a combiner adds each row up and a sink takes
 * the sums. Savina's defaults ({@code FilterBankConfig}): 34,816 simulations (2,048 + 2 × the
 * columns), 16,384 columns (each filter's coefficients, each delay's length + 1, the down-sampling
 * rate), 8 channels; 6 + 7 × channels actors.
 *
 * <p>One operation spawns every actor from the driver (Savina creates them all at the top level),
 * starts the producer, and ends when every actor has stopped, the end of the stream having passed
 * down the pipelines. The run is checked: the sink must receive exactly the values of the same
 * filter bank computed sequentially once per trial (within 1e-9 relative, each).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FilterBankBenchmark {

    /** Simulations: values the source sends. */
    @Param({"34816"})
    public int filterBankSimulations;
    /** Columns: coefficients per filter, delay length + 1, and the down-sampling rate. */
    @Param({"16384"})
    public int filterBankColumns;
    /** Channels. */
    @Param({"8"})
    public int filterBankChannels;

    /** The first filter's coefficients, per channel (Savina's H). */
    private double[][] h;
    /** The second filter's coefficients, per channel (Savina's F). */
    private double[][] f;
    /** What the sink must receive. */
    private double[] expected;
    /** What the sink received in the last run; written before its actor stops. */
    private double[] output;

    /** Creates the benchmark; JMH instantiates it. */
    public FilterBankBenchmark() {}

    /** Computes the coefficients, and the output sequentially, for {@link #check}. */
    @Setup(Level.Trial)
    public void prepare() {
        h = Reference.coefficients(filterBankChannels, filterBankColumns, true);
        f = Reference.coefficients(filterBankChannels, filterBankColumns, false);
        expected = Reference.output(filterBankSimulations, h, f);
    }

    /**
     * RT: Filter Bank.
     *
     * @param s the system
     */
    @Benchmark
    public void filterBankRt(RtState s) {
        output = null;
        s.run(actors(), ctx -> {
            SinkHandle sink = SinkHandle.spawn(ctx, s.name("sink"),
                    () -> new Sink(values -> output = values, s.done));
            CombineHandle combine = CombineHandle.spawn(ctx, s.name("combine"),
                    () -> new Combine(sink, s.done));
            IntegratorHandle integrator = IntegratorHandle.spawn(ctx, s.name("integrator"),
                    () -> new Integrator(filterBankChannels, combine, s.done));
            List<ActorRef<Stage>> banks = new ArrayList<>(filterBankChannels);
            for (int j = 0; j < filterBankChannels; j++) {
                banks.add(bankRt(ctx, s, j, integrator));
            }
            List<ActorRef<Stage>> allBanks = List.copyOf(banks);
            BranchesHandle branches = BranchesHandle.spawn(ctx, s.name("branches"),
                    () -> new Branches(allBanks, s.done));
            ProducerHandle producer = ProducerHandle.spawn(ctx, s.name("producer"),
                    () -> new Producer(filterBankSimulations, s.done));
            SourceHandle source = SourceHandle.spawn(ctx, s.name("source"),
                    () -> new Source(producer, branches.ref(), s.done));
            producer.next(source);
        });
        check();
    }

    /**
     * Spawns one channel's pipeline, from its end to its bank.
     *
     * @param ctx the driver's context
     * @param s the system
     * @param id the channel
     * @param integrator where the channel ends
     * @return the bank
     */
    private ActorRef<Stage> bankRt(ActorContext<Driver.Msg> ctx, RtState s, int id,
            IntegratorHandle integrator) {
        int columns = filterBankColumns;
        ActorRef<Stage> tagged = TaggedForwardHandle.spawn(ctx, s.name("tagged"),
                () -> new TaggedForward(id, integrator, s.done)).ref();
        ActorRef<Stage> fir2 = FirFilterHandle.spawn(ctx, s.name("fir"),
                () -> new FirFilter(f[id], tagged, s.done)).ref();
        ActorRef<Stage> delay2 = DelayHandle.spawn(ctx, s.name("delay"),
                () -> new Delay(columns - 1, fir2, s.done)).ref();
        ActorRef<Stage> sample = SampleFilterHandle.spawn(ctx, s.name("sample"),
                () -> new SampleFilter(columns, delay2, s.done)).ref();
        ActorRef<Stage> fir1 = FirFilterHandle.spawn(ctx, s.name("fir"),
                () -> new FirFilter(h[id], sample, s.done)).ref();
        ActorRef<Stage> delay1 = DelayHandle.spawn(ctx, s.name("delay"),
                () -> new Delay(columns - 1, fir1, s.done)).ref();
        return BankHandle.spawn(ctx, s.name("bank"), () -> new Bank(delay1, s.done)).ref();
    }

    /**
     * Pekko: Filter Bank.
     *
     * @param s the system
     */
    @Benchmark
    public void filterBankPekko(PekkoState s) {
        output = null;
        s.run(actors(), ctx -> {
            var sink = ctx.spawn(
                    PekkoFilterBank.SinkActor.create(values -> output = values, s.done),
                    s.name("sink"));
            var combine = ctx.spawn(PekkoFilterBank.CombineActor.create(sink, s.done),
                    s.name("combine"));
            var integrator = ctx.spawn(
                    PekkoFilterBank.IntegratorActor.create(filterBankChannels, combine, s.done),
                    s.name("integrator"));
            List<org.apache.pekko.actor.typed.ActorRef<PekkoFilterBank.StageMsg>> banks =
                    new ArrayList<>(filterBankChannels);
            for (int j = 0; j < filterBankChannels; j++) {
                banks.add(bankPekko(ctx, s, j, integrator));
            }
            var branches = ctx.spawn(
                    PekkoFilterBank.BranchesActor.create(List.copyOf(banks), s.done),
                    s.name("branches"));
            var producer = ctx.spawn(
                    PekkoFilterBank.ProducerActor.create(filterBankSimulations, s.done),
                    s.name("producer"));
            var source = ctx.spawn(
                    PekkoFilterBank.SourceActor.create(producer, branches, s.done),
                    s.name("source"));
            producer.tell(new PekkoFilterBank.ProducerActor.Next(source));
        });
        check();
    }

    /**
     * Spawns one channel's pipeline, from its end to its bank.
     *
     * @param ctx the driver's context
     * @param s the system
     * @param id the channel
     * @param integrator where the channel ends
     * @return the bank
     */
    private org.apache.pekko.actor.typed.ActorRef<PekkoFilterBank.StageMsg> bankPekko(
            org.apache.pekko.actor.typed.javadsl.ActorContext<PekkoActors.Driver.Msg> ctx,
            PekkoState s, int id,
            org.apache.pekko.actor.typed.ActorRef<PekkoFilterBank.IntegratorActor.Msg> integrator) {
        int columns = filterBankColumns;
        var tagged = ctx.spawn(PekkoFilterBank.TaggedForwardActor.create(id, integrator, s.done),
                s.name("tagged"));
        var fir2 = ctx.spawn(PekkoFilterBank.FirFilterActor.create(f[id], tagged, s.done),
                s.name("fir"));
        var delay2 = ctx.spawn(PekkoFilterBank.DelayActor.create(columns - 1, fir2, s.done),
                s.name("delay"));
        var sample = ctx.spawn(PekkoFilterBank.SampleFilterActor.create(columns, delay2, s.done),
                s.name("sample"));
        var fir1 = ctx.spawn(PekkoFilterBank.FirFilterActor.create(h[id], sample, s.done),
                s.name("fir"));
        var delay1 = ctx.spawn(PekkoFilterBank.DelayActor.create(columns - 1, fir1, s.done),
                s.name("delay"));
        return ctx.spawn(PekkoFilterBank.BankActor.create(delay1, s.done), s.name("bank"));
    }

    /**
     * {@return the actors of one run: producer, source, branches, integrator, combine, sink, and
     * seven per channel}
     */
    private int actors() {
        return 6 + 7 * filterBankChannels;
    }

    /** Fails the run unless the sink received the sequential output. */
    private void check() {
        double[] out = output;
        if (out == null || out.length != expected.length) {
            throw new IllegalStateException("Filter Bank: expected " + expected.length
                    + " values at the sink, got " + (out == null ? "none" : out.length));
        }
        for (int k = 0; k < out.length; k++) {
            if (!(Math.abs(out[k] - expected[k]) <= 1e-9 * Math.abs(expected[k]))) {
                throw new IllegalStateException("Filter Bank: value " + k + " at the sink is "
                        + out[k] + ", expected " + expected[k]);
            }
        }
    }
}
