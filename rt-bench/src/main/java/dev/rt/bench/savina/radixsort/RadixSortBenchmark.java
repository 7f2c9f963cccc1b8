package dev.rt.bench.savina.radixsort;

import dev.rt.ActorRef;
import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import dev.rt.bench.savina.PseudoRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Savina Radix Sort, RT against Pekko: a source sends N random values into a pipeline of one sort
 * actor per bit of the maximum value M, lowest bit first, each passing on the values with its bit
 * clear and then those with it set; a validation actor at the end checks the order. Savina's
 * defaults ({@code RadixSortConfig}): N = 100,000 values, M = 2^60 (60 sort actors), seed 2,048 for
 * Savina's generator (whose values are below 65,536, as in Savina).
 *
 * <p>One operation spawns the pipeline from the driver, starts the source, and ends when every
 * actor has stopped. The run is checked: the validator must have received N values, in order,
 * whose sum is that of the values the source drew.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RadixSortBenchmark {

    /** Values to sort. */
    @Param({"100000"})
    public int radixSortN;
    /** The values are below it; one sort actor per bit below it. */
    @Param({"1152921504606846976"})
    public long radixSortM;
    /** The seed of Savina's generator. */
    @Param({"2048"})
    public long radixSortS;

    /** What the validator reported in the last run; written before its actor stops. */
    private Validation.Result result;

    /** Creates the benchmark; JMH instantiates it. */
    public RadixSortBenchmark() {}

    /**
     * RT: Radix Sort.
     *
     * @param s the system
     */
    @Benchmark
    public void radixSortRt(RtState s) {
        int n = radixSortN;
        result = null;
        s.run(stages() + 2, ctx -> {
            ActorRef<Stage> next = ValidationHandle.spawn(ctx, s.name("validation"),
                    () -> new Validation(n, r -> result = r, s.done)).ref();
            for (long radix = radixSortM / 2; radix > 0; radix /= 2) {
                long bit = radix;
                ActorRef<Stage> after = next;
                next = SortStageHandle.spawn(ctx, s.name("sort"),
                        () -> new SortStage(n, bit, after, s.done)).ref();
            }
            IntSourceHandle.spawn(ctx, s.name("source"),
                    () -> new IntSource(n, radixSortM, radixSortS, s.done)).start(next);
        });
        check();
    }

    /**
     * Pekko: Radix Sort.
     *
     * @param s the system
     */
    @Benchmark
    public void radixSortPekko(PekkoState s) {
        int n = radixSortN;
        result = null;
        s.run(stages() + 2, ctx -> {
            org.apache.pekko.actor.typed.ActorRef<PekkoRadixSort.Msg> next = ctx.spawn(
                    PekkoRadixSort.Validate.create(n, r -> result = r, s.done),
                    s.name("validation"));
            for (long radix = radixSortM / 2; radix > 0; radix /= 2) {
                next = ctx.spawn(PekkoRadixSort.Sort.create(n, radix, next, s.done),
                        s.name("sort"));
            }
            ctx.spawn(PekkoRadixSort.Source.create(n, radixSortM, radixSortS, s.done),
                    s.name("source")).tell(new PekkoRadixSort.Source.Start(next));
        });
        check();
    }

    /** {@return the sort actors: one per bit below the maximum value} */
    private int stages() {
        int stages = 0;
        for (long radix = radixSortM / 2; radix > 0; radix /= 2) {
            stages++;
        }
        return stages;
    }

    /** Fails the run unless the validator saw every value the source drew, in order. */
    private void check() {
        PseudoRandom random = new PseudoRandom(radixSortS);
        long expectedSum = 0;
        for (int i = 0; i < radixSortN; i++) {
            expectedSum += Math.abs(random.nextLong()) % radixSortM;
        }
        Validation.Result r = result;
        if (r == null || r.count() != radixSortN || r.outOfPlace() >= 0 || r.sum() != expectedSum) {
            throw new IllegalStateException("Radix Sort: expected " + radixSortN
                    + " values in order summing to " + expectedSum + ", the validator saw " + r);
        }
    }
}
