package dev.rt.bench.savina.sieve;

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
 * Savina Sieve of Eratosthenes (Imam and Sarkar, "Savina - An Actor Benchmark Suite", AGERE
 * 2014), RT against Pekko, with Savina's defaults N = 100,000 and M = 1,000 ({@code
 * SieveConfig}): a producer sends the odd numbers from 3 below N down a pipeline of filter
 * actors, each holding up to M primes; the chain grows by one filter whenever the last one is
 * full (10 filters for the defaults, which find the 9,592 primes below 100,000).
 *
 * <p>The driver ({@link RtState}, {@link PekkoState}) spawns the producer and the first filter
 * (whose first prime is 2) and sends the producer the filter, as Savina's main thread does. A new
 * filter is spawned by the filter before it, as its child, in both runtimes (Savina's Akka
 * version spawns it at the top level); each filter watches its child. The end passes down the
 * chain; the last filter sets the count of primes and stops, and each filter stops once its child
 * has (a parent's stop would stop its child before the child had handled its queue). One
 * operation ends when the producer and the first filter have stopped, the first filter's stop
 * coming after the whole chain's ({@code postStop}, Pekko: {@code PostStop}). The count of primes
 * is then checked against a sequential sieve.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SieveBenchmark {

    /** The exclusive upper bound of the numbers sieved. */
    @Param({"100000"})
    public long sieveN;
    /** The primes each filter holds at most. */
    @Param({"1000"})
    public int sieveM;

    private final AtomicLong primes = new AtomicLong();
    private long expected;

    /** Creates the benchmark; JMH instantiates it. */
    public SieveBenchmark() {}

    /** Counts the primes below N with a sequential sieve: the expected answer. */
    @Setup(Level.Trial)
    public void expect() {
        int n = Math.toIntExact(sieveN);
        boolean[] composite = new boolean[Math.max(n, 2)];
        long count = 0;
        for (int i = 2; i < n; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j < n; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        expected = count;
    }

    /**
     * RT: Sieve.
     *
     * @param s the system
     */
    @Benchmark
    public void sieveRt(RtState s) {
        long n = sieveN;
        int m = sieveM;
        primes.set(-1);
        s.run(2, ctx -> {
            NumberProducerHandle producer = NumberProducerHandle.spawn(ctx, s.name("producer"),
                    () -> new NumberProducer(n, s.done));
            PrimeFilterHandle filter = PrimeFilterHandle.spawn(ctx, s.name("filter"),
                    () -> new PrimeFilter(1, 2, m, primes, s.done));
            producer.start(filter);
        });
        check();
    }

    /**
     * Pekko: Sieve.
     *
     * @param s the system
     */
    @Benchmark
    public void sievePekko(PekkoState s) {
        long n = sieveN;
        int m = sieveM;
        primes.set(-1);
        s.run(2, ctx -> {
            var producer = ctx.spawn(PekkoSieve.Producer.create(n, s.done), s.name("producer"));
            var filter = ctx.spawn(PekkoSieve.Filter.create(1, 2, m, primes, s.done),
                    s.name("filter"));
            producer.tell(new PekkoSieve.Producer.Start(filter));
        });
        check();
    }

    /** Fails the operation unless the chain found every prime below N. */
    private void check() {
        if (primes.get() != expected) {
            throw new IllegalStateException("Sieve: expected " + expected + " primes below "
                    + sieveN + ", the chain found " + primes.get());
        }
    }
}
