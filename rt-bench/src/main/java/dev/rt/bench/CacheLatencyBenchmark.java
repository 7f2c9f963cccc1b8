package dev.rt.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The machine, not a runtime: how long one load takes that must wait for the load before it,
 * through a working set of a given size. One thread follows a random cycle through the set, one
 * cache line a step. A set that fits a core's own caches measures the core; one that fits only
 * the last-level cache, which a virtual machine's host shares with its other tenants, measures
 * how much of that cache this process gets, and on this project's machine that moved by three
 * times from one second to the next while the machine was otherwise idle (docs/benchmarks.md,
 * <i>Dining Philosophers' two speeds</i>). The suite runs it with 4 MB beside {@link
 * CoreToCoreBenchmark}, so that each run records how the host's cache behaved during it; each
 * iteration's score is one second's mean.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CacheLatencyBenchmark {

    /** Loads per operation; the score is per load. */
    private static final int LOADS = 10_000;
    /** Ints in a 64-byte cache line: the cycle visits the first int of each line. */
    private static final int INTS_PER_LINE = 16;

    /** The working set, in kilobytes. */
    @Param({"4096"})
    public int cacheKilobytes;

    /** The cycle: each visited int holds the index of the next line's first int. */
    private int[] next;
    /** Where the cycle stands; kept between operations so that every load depends on the last. */
    private int at;

    /** Creates the benchmark; JMH instantiates it. */
    public CacheLatencyBenchmark() {}

    /** Builds a random cycle through every line of the set, from a fixed seed. */
    @Setup
    public void setUp() {
        int ints = cacheKilobytes * 1024 / Integer.BYTES;
        int lines = ints / INTS_PER_LINE;
        int[] order = new int[lines];
        for (int i = 0; i < lines; i++) {
            order[i] = i;
        }
        Random random = new Random(1);
        for (int i = lines - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        next = new int[ints];
        for (int i = 0; i < lines; i++) {
            next[order[i] * INTS_PER_LINE] = order[(i + 1) % lines] * INTS_PER_LINE;
        }
    }

    /**
     * Follows the cycle for {@value #LOADS} loads.
     *
     * @return where the cycle stands, so that the loads are not left out
     */
    @Benchmark
    @OperationsPerInvocation(LOADS)
    public int load() {
        int[] n = next;
        int a = at;
        for (int i = 0; i < LOADS; i++) {
            a = n[a];
        }
        at = a;
        return a;
    }
}
