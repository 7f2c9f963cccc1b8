package dev.rt.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rt.bench.remote.CodecBenchmark;
import dev.rt.bench.remote.RemoteBenchmark;
import dev.rt.bench.savina.SavinaBenchmark;
import dev.rt.bench.savina.apsp.ApspBenchmark;
import dev.rt.bench.savina.astar.AStarBenchmark;
import dev.rt.bench.savina.barber.BarberBenchmark;
import dev.rt.bench.savina.cigsmok.CigsmokBenchmark;
import dev.rt.bench.savina.filterbank.FilterBankBenchmark;
import dev.rt.bench.savina.dictionary.DictionaryBenchmark;
import dev.rt.bench.savina.fib.FibBenchmark;
import dev.rt.bench.savina.logmap.LogmapBenchmark;
import dev.rt.bench.savina.nqueens.NQueensBenchmark;
import dev.rt.bench.savina.philosopher.PhilosopherBenchmark;
import dev.rt.bench.savina.prodcons.ProdConsBenchmark;
import dev.rt.bench.savina.quicksort.QuickSortBenchmark;
import dev.rt.bench.savina.radixsort.RadixSortBenchmark;
import dev.rt.bench.savina.recmatmul.RecMatMulBenchmark;
import dev.rt.bench.savina.sieve.SieveBenchmark;
import dev.rt.bench.savina.sor.SorBenchmark;
import dev.rt.bench.savina.sortedlist.SortedListBenchmark;
import dev.rt.bench.savina.trapezoid.TrapezoidBenchmark;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.results.RunResult;

/**
 * Runs every benchmark once, with tiny sizes, so that none can rot: each must run to the end and
 * produce a result. No performance is asserted; the figures of a smoke run mean nothing. JMH's
 * output goes to {@code target/bench-smoke.log}.
 */
class BenchSmokeTest {

    private static final List<Class<?>> BENCHMARKS = List.of(TellBenchmark.class,
            SpawnBenchmark.class, RequestReplyBenchmark.class, PubSubBenchmark.class,
            RegistryBenchmark.class, ScalingBenchmark.class, RestartBenchmark.class,
            SavinaBenchmark.class, MonitorCostBenchmark.class, WakeUpBenchmark.class,
            CoreToCoreBenchmark.class, CacheLatencyBenchmark.class,
            RemoteBenchmark.class, CodecBenchmark.class, FibBenchmark.class,
            LogmapBenchmark.class, DictionaryBenchmark.class, SortedListBenchmark.class,
            ProdConsBenchmark.class, SieveBenchmark.class, RecMatMulBenchmark.class,
            QuickSortBenchmark.class, ApspBenchmark.class, SorBenchmark.class,
            AStarBenchmark.class, NQueensBenchmark.class, PhilosopherBenchmark.class,
            BarberBenchmark.class, CigsmokBenchmark.class, RadixSortBenchmark.class,
            FilterBankBenchmark.class, TrapezoidBenchmark.class);

    @Test
    void everyBenchmarkRunsOnceAndProducesAResult() throws Exception {
        Path log = Path.of("target", "bench-smoke.log");
        Files.createDirectories(log.getParent());
        Collection<RunResult> results = Suite.smoke(log);

        Set<String> expected = new TreeSet<>();
        for (Class<?> c : BENCHMARKS) {
            for (Method m : c.getMethods()) {
                if (m.isAnnotationPresent(Benchmark.class)) {
                    Group group = m.getAnnotation(Group.class); // a group runs as one benchmark
                    expected.add(c.getName() + "." + (group == null ? m.getName()
                            : group.value()));
                }
            }
        }
        Set<String> produced = new TreeSet<>();
        for (RunResult r : results) {
            double score = r.getPrimaryResult().getScore();
            assertTrue(Double.isFinite(score), r.getParams().id() + " has no score");
            produced.add(r.getParams().getBenchmark());
        }
        assertEquals(expected, produced, "benchmarks that ran");
    }

    @Test
    void memoryPerActorIsMeasuredForEveryRuntime() throws Exception {
        for (String runtime : List.of("rt", "pekko", "vt")) {
            for (boolean messaged : List.of(false, true)) {
                double bytes = Footprint.measure(runtime, 1_000, messaged);
                assertTrue(Double.isFinite(bytes), runtime + " (messaged " + messaged + "): "
                        + bytes);
            }
        }
    }
}
