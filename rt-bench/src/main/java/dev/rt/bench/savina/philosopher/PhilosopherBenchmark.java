package dev.rt.bench.savina.philosopher;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Savina Dining Philosophers, RT against Pekko: N philosophers around a table of N forks, each
 * eating M rounds, and one arbitrator (Savina's one channel) that grants a philosopher both of its
 * forks or denies it, so that it asks again. Savina's defaults ({@code PhilosopherConfig}): N =
 * 20, M = 10,000.
 *
 * <p>One operation spawns the arbitrator and the philosophers from the driver, starts every
 * philosopher, and ends when all of them have stopped. The run is checked: the arbitrator must
 * have served N × M meals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PhilosopherBenchmark {

    /** Philosophers (and forks). */
    @Param({"20"})
    public int philosopherN;
    /** Rounds each philosopher eats. */
    @Param({"10000"})
    public int philosopherM;

    /** Meals the arbitrator reported in the last run; written before its actor stops. */
    private long meals;

    /** Creates the benchmark; JMH instantiates it. */
    public PhilosopherBenchmark() {}

    /**
     * RT: Dining Philosophers.
     *
     * @param s the system
     */
    @Benchmark
    public void philosopherRt(RtState s) {
        int n = philosopherN;
        int m = philosopherM;
        meals = -1;
        s.run(n + 1, ctx -> {
            ArbitratorHandle arbitrator = ArbitratorHandle.spawn(ctx, s.name("arbitrator"),
                    () -> new Arbitrator(n, count -> meals = count, s.done));
            PhilosopherHandle[] philosophers = new PhilosopherHandle[n];
            for (int i = 0; i < n; i++) {
                int id = i;
                philosophers[i] = PhilosopherHandle.spawn(ctx, s.name("philosopher"),
                        () -> new Philosopher(id, m, arbitrator, s.done));
            }
            for (PhilosopherHandle philosopher : philosophers) {
                philosopher.start();
            }
        });
        check();
    }

    /**
     * Pekko: Dining Philosophers.
     *
     * @param s the system
     */
    @Benchmark
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void philosopherPekko(PekkoState s) {
        int n = philosopherN;
        int m = philosopherM;
        meals = -1;
        s.run(n + 1, ctx -> {
            var arbitrator = ctx.spawn(
                    PekkoPhilosopher.Arbiter.create(n, count -> meals = count, s.done),
                    s.name("arbitrator"));
            ActorRef<PekkoPhilosopher.Diner.Msg>[] philosophers = new ActorRef[n];
            for (int i = 0; i < n; i++) {
                philosophers[i] = ctx.spawn(
                        PekkoPhilosopher.Diner.create(i, m, arbitrator, s.done),
                        s.name("philosopher"));
            }
            for (var philosopher : philosophers) {
                philosopher.tell(PekkoPhilosopher.Diner.Start.INSTANCE);
            }
        });
        check();
    }

    /** Fails the run unless every philosopher ate every round. */
    private void check() {
        long expected = (long) philosopherN * philosopherM;
        if (meals != expected) {
            throw new IllegalStateException("Dining Philosophers: expected " + expected
                    + " meals, the arbitrator served " + meals);
        }
    }
}
