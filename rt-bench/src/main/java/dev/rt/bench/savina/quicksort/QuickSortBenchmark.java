package dev.rt.bench.savina.quicksort;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
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
 * Savina QuickSort ({@code quicksort}), RT against Pekko: a sorter with at least the threshold
 * of values spawns two children, one for the values below its middle value and one for those
 * above, and joins their sorted results; below the threshold it sorts sequentially. Savina's
 * defaults ({@code QuickSortConfig}): N = 1,000,000 values, max value 2^60, threshold 2,048,
 * seed 1,024. Savina's generator draws 16-bit numbers, so the values are below 65,536 whatever
 * the max value, as in Savina.
 *
 * <p>Values travel as {@code long[]} where Savina's lists box them. The input is made once per
 * trial and never changed. Only the root sorter counts the run done: both runtimes stop an actor
 * only after its children, so the root stops last.
 *
 * <p>Checked: the output equals the input sorted by {@link Arrays#sort(long[])}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QuickSortBenchmark {

    /** Values to sort. */
    @Param({"1000000"})
    public int quicksortN;
    /** The bound of the values (Savina's {@code M}, 2^60). */
    @Param({"1152921504606846976"})
    public long quicksortMaxValue;
    /** Values below which a sorter sorts sequentially. */
    @Param({"2048"})
    public int quicksortThreshold;
    /** The seed of the input. */
    @Param({"1024"})
    public long quicksortSeed;

    private long[] input;
    private long[] expected;

    /** Creates the benchmark; JMH instantiates it. */
    public QuickSortBenchmark() {}

    /** Makes the input and sorts a copy of it, for the check. */
    @Setup(Level.Trial)
    public void setUp() {
        input = Sorting.input(quicksortN, quicksortMaxValue, quicksortSeed);
        expected = input.clone();
        Arrays.sort(expected);
    }

    /**
     * RT: QuickSort.
     *
     * @param s the system
     */
    @Benchmark
    public void quicksortRt(RtState s) {
        CompletableFuture<long[]> sorted = new CompletableFuture<>();
        s.run(1, ctx -> QuickSorterHandle.spawn(ctx, s.name("quicksort"),
                () -> new QuickSorter(quicksortThreshold, sorted, s.done)).sort(input));
        Sorting.check("RT", sorted.getNow(null), expected);
    }

    /**
     * Pekko: QuickSort.
     *
     * @param s the system
     */
    @Benchmark
    public void quicksortPekko(PekkoState s) {
        CompletableFuture<long[]> sorted = new CompletableFuture<>();
        s.run(1, ctx -> ctx.spawn(PekkoQuickSort.Sorter.create(quicksortThreshold, sorted,
                s.done), s.name("quicksort")).tell(new PekkoQuickSort.Sorter.Sort(input)));
        Sorting.check("Pekko", sorted.getNow(null), expected);
    }
}
