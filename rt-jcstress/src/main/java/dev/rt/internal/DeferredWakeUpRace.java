package dev.rt.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Race (m): a carrier's deferred wake-ups ({@link CarrierThread#defer}, see "Long turns" in
 * {@link Scheduler}). A turn that the monitor has marked long wakes cell A, then cell B, into its
 * carrier's deferred list, and takes the list when it ends; meanwhile the monitor takes the list
 * to move it to the pool. A cell taken twice would run two turns at once; a cell taken by nobody
 * would be stranded; a take that returns both must return them in the order they were woken.
 *
 * <p>Result: what the carrier's take, the monitor's take and a last take by the arbiter
 * returned, each as the digits of its cells in the order returned (1 = A, 2 = B, 0 = nothing).
 */
@JCStressTest
@Description("A long turn defers two wake-ups while the monitor takes its list: each out once.")
@Outcome(id = "12, 0, 0", expect = ACCEPTABLE, desc = "The carrier took both, in order.")
@Outcome(id = "0, 12, 0", expect = ACCEPTABLE, desc = "The monitor took both, in order.")
@Outcome(id = "2, 1, 0", expect = ACCEPTABLE, desc = "The monitor took A; the carrier B.")
@Outcome(expect = FORBIDDEN, desc = "A cell lost, doubled, or out of order.")
@State
public class DeferredWakeUpRace {

    /** An entry that the list can hold; never run. */
    static final class Task extends WakeUpEntry {
        final int id;

        Task(int id) {
            this.id = id;
        }
    }

    private final CarrierThread carrier = UnstartedCarriers.make();
    private final Task a = new Task(1);
    private final Task b = new Task(2);

    @Actor
    public void carrier(III_Result r) {
        carrier.defer(a, 0, Long.MAX_VALUE);
        carrier.defer(b, 0, Long.MAX_VALUE);
        r.r1 = digits(carrier.takeDeferred()); // the turn ended
    }

    @Actor
    public void monitor(III_Result r) {
        r.r2 = digits(carrier.takeDeferred()); // a look while the turn ran
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = digits(carrier.takeDeferred());
    }

    /** The ids of a taken list, as digits in list order; 0 for an empty list. */
    private static int digits(WakeUpEntry list) {
        int n = 0;
        for (WakeUpEntry t = list; t != null; t = t.nextWakeUp) {
            n = n * 10 + ((Task) t).id;
        }
        return n;
    }
}
