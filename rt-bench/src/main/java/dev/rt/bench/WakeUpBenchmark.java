package dev.rt.bench;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The floor under every operation that starts on the benchmark thread and ends when a pool
 * thread says so (spawn of one actor, ask, restart): the same hand-offs with no actor runtime.
 * The benchmark thread hands a task to a fork-join pool with one thread per core (both runtimes'
 * pools are of this kind and size), and waits on a {@link Done} latch that the task counts down.
 *
 * <ul>
 *   <li>{@code oneHop}: the task counts down at once: one wake-up of a pool thread, and one of
 *       the benchmark thread.
 *   <li>{@code twoHops}: the task hands a second task to the pool, which counts down: the shape
 *       of spawning one actor from a parent actor.
 * </ul>
 *
 * <p>Not a comparison; it has no Pekko twin. It says how much of a single spawn or ask is thread
 * wake-ups on this machine, which no runtime can avoid.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WakeUpBenchmark {

    private ForkJoinPool pool;
    private final Done done = new Done();

    /** Creates the benchmark; JMH instantiates it. */
    public WakeUpBenchmark() {}

    /** Starts the pool: FIFO, one thread per core. */
    @Setup(Level.Trial)
    public void start() {
        pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
                ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, true);
    }

    /** Stops the pool. */
    @TearDown(Level.Trial)
    public void stop() {
        pool.shutdownNow();
    }

    /** One hop: benchmark thread → pool thread → benchmark thread. */
    @Benchmark
    public void oneHop() {
        done.arm(1);
        pool.execute(done::countDown);
        done.await();
    }

    /** Two hops: benchmark thread → pool thread → a second task → benchmark thread. */
    @Benchmark
    public void twoHops() {
        done.arm(1);
        pool.execute(() -> pool.execute(done::countDown));
        done.await();
    }
}
