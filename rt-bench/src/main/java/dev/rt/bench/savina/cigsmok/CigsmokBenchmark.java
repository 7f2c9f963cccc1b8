package dev.rt.bench.savina.cigsmok;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
import dev.rt.bench.savina.BusyWait;
import dev.rt.bench.savina.PseudoRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Savina Cigarette Smokers, RT against Pekko: an arbiter and S smokers; each round the arbiter
 * picks a random smoker, which tells the arbiter it took its ingredients and then smokes
 * (busy-waits a random time, see {@link dev.rt.bench.savina.BusyWait}), so rounds overlap with
 * smoking. Savina's defaults ({@code CigaretteSmokerConfig}): R = 1,000 rounds, S = 200 smokers.
 *
 * <p>One operation spawns the arbiter from the driver (it spawns the smokers, its children, as
 * Savina's arbiter creates them), starts it, and ends when it and every smoker have stopped. The
 * run is checked: the smokers must have smoked R cigarettes in all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CigsmokBenchmark {

    /** Rounds. */
    @Param({"1000"})
    public int cigsmokR;
    /** Smokers. */
    @Param({"200"})
    public int cigsmokS;

    /** Creates the benchmark; JMH instantiates it. */
    public CigsmokBenchmark() {}

    /**
     * RT: Cigarette Smokers.
     *
     * @param s the system
     */
    @Benchmark
    public void cigsmokRt(RtState s) {
        int r = cigsmokR;
        int n = cigsmokS;
        LongAdder smoked = new LongAdder();
        s.run(n + 1, ctx -> ArbiterHandle.spawn(ctx, s.name("arbiter"),
                () -> new Arbiter(r, n, smoked, s.done)).start());
        check(smoked);
    }

    /**
     * Pekko: Cigarette Smokers.
     *
     * @param s the system
     */
    @Benchmark
    public void cigsmokPekko(PekkoState s) {
        int r = cigsmokR;
        int n = cigsmokS;
        LongAdder smoked = new LongAdder();
        s.run(n + 1, ctx -> ctx.spawn(PekkoCigsmok.Table.create(r, n, smoked, s.done),
                s.name("arbiter")).tell(PekkoCigsmok.Table.Start.INSTANCE));
        check(smoked);
    }

    /**
     * No runtime: the R busy waits of a run, the same periods in the same order as the arbiter
     * draws them, back to back on the benchmark's thread. What a run costs when no two rounds'
     * smoking overlaps and a round's messages take no time: a runtime that runs the rounds one
     * after the other cannot go below it, and only one that smokes on both cores at once can.
     *
     * @return the number of the last smoker drawn, so that the draws cannot be dropped
     */
    @Benchmark
    public int cigsmokSerial() {
        PseudoRandom random = new PseudoRandom((long) cigsmokR * cigsmokS); // as the arbiter's
        int smoker = 0;
        for (int round = 0; round < cigsmokR; round++) {
            smoker = Math.abs(random.nextInt()) % cigsmokS;
            BusyWait.spin(random.nextInt(1000) + 10);
        }
        return smoker;
    }

    /**
     * Fails the run unless one cigarette was smoked per round.
     *
     * @param smoked the cigarettes the smokers counted
     */
    private void check(LongAdder smoked) {
        if (smoked.sum() != cigsmokR) {
            throw new IllegalStateException("Cigarette Smokers: expected " + cigsmokR
                    + " cigarettes, the smokers smoked " + smoked.sum());
        }
    }
}
