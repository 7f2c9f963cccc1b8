package dev.rt.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Race (l): a newer cell displaces the handoff slot's older one while the carrier monitor takes
 * the slot ({@link CarrierThread#put}). The carrier's turn wakes cell A, then cell B: putting B returns
 * the cell that was there, which the carrier sends to the pool. Whatever the interleaving with the
 * monitor's take, A and B must each come out exactly once: from the put, the monitor's take, or
 * the slot after both.
 *
 * <p>Result: where A came out, where B came out (1 = the carrier's put, 2 = the monitor, 3 = the
 * slot afterwards, 0 = nowhere), then how many times A and B came out in all (each must be 1, as
 * the second pair of numbers).
 */
@JCStressTest
@Description("A newer cell displaces the slot's older one while the monitor takes: each out once.")
@Outcome(id = "1, 3, 1, 1", expect = ACCEPTABLE, desc = "B displaced A; B stays for the carrier.")
@Outcome(id = "1, 2, 1, 1", expect = ACCEPTABLE, desc = "B displaced A; the monitor took B.")
@Outcome(id = "2, 3, 1, 1", expect = ACCEPTABLE, desc = "The monitor took A; B went in empty.")
@Outcome(expect = FORBIDDEN, desc = "A cell lost or doubled.")
@State
public class HandoffSlotDisplaceRace {

    private final CarrierThread slot = UnstartedCarriers.make();
    private final CellCore a = BareCells.make();
    private final CellCore b = BareCells.make();
    private Object displaced;
    private Object byMonitor;

    @Actor
    public void carrier() {
        slot.put(a);
        displaced = slot.put(b);
    }

    @Actor
    public void monitor() {
        byMonitor = slot.take();
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        Object left = slot.take();
        r.r1 = where(a, left);
        r.r2 = where(b, left);
        r.r3 = count(a, left);
        r.r4 = count(b, left);
    }

    private int where(Object cell, Object left) {
        return displaced == cell ? 1 : byMonitor == cell ? 2 : left == cell ? 3 : 0;
    }

    private int count(Object cell, Object left) {
        return (displaced == cell ? 1 : 0) + (byMonitor == cell ? 1 : 0) + (left == cell ? 1 : 0);
    }
}
