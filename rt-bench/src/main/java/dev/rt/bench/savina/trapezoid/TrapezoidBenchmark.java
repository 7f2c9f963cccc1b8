package dev.rt.bench.savina.trapezoid;

import dev.rt.bench.RtState;
import dev.rt.bench.pekko.PekkoState;
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
 * Savina Trapezoidal approximation, RT against Pekko: a master splits {@code [L, R]} evenly among
 * W workers, each of which integrates Savina's function over its slice with trapezoids of width
 * {@code (R - L) / N} and sends back its area. Savina's defaults ({@code TrapezoidalConfig}): N =
 * 10,000,000 pieces, W = 100 workers, L = 1, R = 5.
 *
 * <p>One operation spawns the master from the driver (it spawns the workers, its children, as
 * Savina's master creates them), sends it the work, and ends when it and every worker have stopped.
 * The run is checked: the area must equal, within 1e-9 relative, the same slices integrated and
 * added up sequentially once per trial.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrapezoidBenchmark {

    /** Trapezoids. */
    @Param({"10000000"})
    public int trapezoidN;
    /** Workers. */
    @Param({"100"})
    public int trapezoidW;
    /** Left end of the interval. */
    @Param({"1"})
    public double trapezoidL;
    /** Right end of the interval. */
    @Param({"5"})
    public double trapezoidR;

    /** The area computed sequentially, once per trial. */
    private double expected;
    /** The area the master reported in the last run; written before its actor stops. */
    private double area;

    /** Creates the benchmark; JMH instantiates it. */
    public TrapezoidBenchmark() {}

    /** Integrates sequentially, slice by slice as the workers do, for {@link #check}. */
    @Setup(Level.Trial)
    public void integrate() {
        double h = width();
        double workerRange = (trapezoidR - trapezoidL) / trapezoidW;
        double sum = 0;
        for (int i = 0; i < trapezoidW; i++) {
            double wl = (workerRange * i) + trapezoidL;
            sum += Trapezoid.area(wl, wl + workerRange, h);
        }
        expected = sum;
    }

    /**
     * RT: Trapezoidal approximation.
     *
     * @param s the system
     */
    @Benchmark
    public void trapezoidRt(RtState s) {
        int w = trapezoidW;
        area = Double.NaN;
        s.run(w + 1, ctx -> MasterHandle.spawn(ctx, s.name("master"),
                () -> new Master(w, a -> area = a, s.done))
                .work(trapezoidL, trapezoidR, width()));
        check();
    }

    /**
     * Pekko: Trapezoidal approximation.
     *
     * @param s the system
     */
    @Benchmark
    public void trapezoidPekko(PekkoState s) {
        int w = trapezoidW;
        area = Double.NaN;
        s.run(w + 1, ctx -> ctx.spawn(PekkoTrapezoid.Boss.create(w, a -> area = a, s.done),
                s.name("master"))
                .tell(new PekkoTrapezoid.Boss.Work(trapezoidL, trapezoidR, width())));
        check();
    }

    /** {@return the width of one trapezoid} */
    private double width() {
        return (trapezoidR - trapezoidL) / trapezoidN;
    }

    /** Fails the run unless the actors' area is the sequential one. */
    private void check() {
        if (!(Math.abs(area - expected) <= 1e-9 * Math.abs(expected))) {
            throw new IllegalStateException("Trapezoidal approximation: expected the area "
                    + expected + ", the master computed " + area);
        }
    }
}
