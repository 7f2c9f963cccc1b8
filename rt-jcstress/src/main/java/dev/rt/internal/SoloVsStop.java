package dev.rt.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Race (g): solo or spread against the system's shutdown ({@link CarrierMonitor}, "Solo or
 * spread" in {@link Scheduler}). At a busy look the monitor may name one carrier to run every
 * turn ({@code solo}); every other carrier then stands aside and parks until the monitor spreads
 * again. Meanwhile the system shuts down and stops the monitor, which spreads the carriers. Once
 * {@link CarrierMonitor#stop} has returned, no carrier may stand aside any more: one left aside
 * would park, a millisecond at a time, for as long as the pool lives, and hold the tasks handed to
 * it. The monitor writes {@code solo} and then reads {@code stopped}; {@code stop} writes {@code
 * stopped} and then clears {@code solo}; all four accesses are volatile, so one of the two sees
 * the other's write.
 *
 * <p>The monitor is {@link CarrierMonitor#unstarted}, with two carriers that are never started,
 * and it is told to prefer solo, so that its look names a carrier whenever it has not yet seen the
 * stop. Result: whether the look left a carrier solo as it returned (1 = yes; it can, when the
 * stop clears it only afterwards), and whether a carrier stands aside after both (the arbiter).
 */
@JCStressTest
@Description("The monitor names a solo carrier while the system stops it: none stays solo.")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "The look went solo; the stop spread after.")
@Outcome(id = "0, 0", expect = ACCEPTABLE,
        desc = "The look saw the stop, or the stop spread before the look returned.")
@Outcome(expect = FORBIDDEN, desc = "A carrier stands aside after the stop returned.")
@State
public class SoloVsStop {

    private final CarrierMonitor monitor = CarrierMonitor.unstarted("jcstress");
    private final CarrierThread first = UnstartedCarriers.make();
    private final CarrierThread second = UnstartedCarriers.make();

    /** Registers the two carriers and prefers solo. */
    public SoloVsStop() {
        monitor.register(first);
        monitor.register(second);
        monitor.forceSolo(true);
    }

    @Actor
    public void look(II_Result r) {
        monitor.consolidate(1, 1_000_000, true, List.of()); // a busy look: one message in a ms
        r.r1 = monitor.solo() != null ? 1 : 0;
    }

    @Actor
    public void stop() {
        monitor.stop();
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r2 = monitor.standsAside(first) || monitor.standsAside(second) ? 1 : 0;
    }
}
