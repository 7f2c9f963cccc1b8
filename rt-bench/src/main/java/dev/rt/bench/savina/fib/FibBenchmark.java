package dev.rt.bench.savina.fib;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Savina Fibonacci (Imam and Sarkar, "Savina - An Actor Benchmark Suite", AGERE 2014), RT
 * against Pekko, with Savina's default N = 25 ({@code FibonacciConfig}): a tree of actors, one
 * per call of the naive recursion (2 fib(N) - 1 actors, 150,049 for N = 25), each spawning two
 * children and answering its parent with the sum of their answers.
 *
 * <p>The driver ({@link RtState}, {@link PekkoState}) spawns the root and sends it N; every node
 * spawns its two children with its own context, so they are its children in both runtimes, where
 * Savina's Akka version spawns every node at the top level. A node stops once it has answered.
 * One operation ends when the root has its answer and every actor has stopped: the root counts
 * the run done in {@code postStop} (Pekko: on {@code PostStop}), which in both runtimes runs only
 * after all of its children, and so the whole tree, have stopped. The root's answer is then
 * checked against fib(N).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FibBenchmark {

    /** The index of the Fibonacci number to compute. */
    @Param({"25"})
    public int fibN;

    private final AtomicLong answer = new AtomicLong();
    private long expected;

    /** Creates the benchmark; JMH instantiates it. */
    public FibBenchmark() {}

    /** Computes the expected answer, fib(N) with fib(1) = fib(2) = 1, as Savina's tree does. */
    @Setup(Level.Trial)
    public void expect() {
        long previous = 1;
        long current = 1;
        for (int i = 3; i <= fibN; i++) {
            long next = previous + current;
            previous = current;
            current = next;
        }
        expected = current;
    }

    /**
     * RT: Fibonacci.
     *
     * @param s the system
     */
    @Benchmark
    public void fibRt(RtState s) {
        int n = fibN;
        answer.set(-1);
        s.run(1, ctx -> FibActorHandle.spawn(ctx, s.name("fib"),
                () -> FibActor.root(answer, s.done)).compute(n));
        check();
    }

    /**
     * Pekko: Fibonacci.
     *
     * @param s the system
     */
    @Benchmark
    public void fibPekko(PekkoState s) {
        int n = fibN;
        answer.set(-1);
        s.run(1, ctx -> ctx.spawn(PekkoFib.Node.root(answer, s.done), s.name("fib"))
                .tell(new PekkoFib.Node.Compute(n)));
        check();
    }

    /** Fails the operation unless the root answered fib(N). */
    private void check() {
        if (answer.get() != expected) {
            throw new IllegalStateException("Fibonacci: expected fib(" + fibN + ") = " + expected
                    + ", the root answered " + answer.get());
        }
    }
}
