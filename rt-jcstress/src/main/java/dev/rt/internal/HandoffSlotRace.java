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
 * Race (k): the handoff slot ({@link CarrierThread#put}, the scheduling policy's, see {@link
 * Scheduler}). A carrier's turn wakes a cell into its slot and, when the turn ends, takes it to
 * run it; meanwhile the carrier monitor, seeing the turn run long, takes the slot's cell to put it
 * into the pool. A cell in the slot is scheduled once, so exactly one of them may get it: taken by
 * both, it would run two turns at once; by neither, it would be stranded and never run.
 *
 * <p>This test sits in the engine's package (the jcstress module shares the class path with the
 * runtime) because the slot is not API. Result: who got the cell (1 = yes, 0 = no): the carrier,
 * the monitor, and the slot after both (the arbiter).
 */
@JCStressTest
@Description("A carrier and the monitor race to take the handoff slot's cell: exactly one gets it.")
@Outcome(id = "1, 0, 0", expect = ACCEPTABLE, desc = "The carrier runs it after its turn.")
@Outcome(id = "0, 1, 0", expect = ACCEPTABLE, desc = "The monitor moved it to the pool.")
@Outcome(expect = FORBIDDEN, desc = "Taken twice (two turns at once), or by nobody (stranded).")
@State
public class HandoffSlotRace {

    private final CarrierThread slot = UnstartedCarriers.make();
    private final CellCore cell = BareCells.make();

    @Actor
    public void carrier(III_Result r) {
        slot.put(cell); // a handler woke the cell
        r.r1 = slot.take() == cell ? 1 : 0; // the turn ended: run it here
    }

    @Actor
    public void monitor(III_Result r) {
        r.r2 = slot.take() == cell ? 1 : 0; // the turn looked long: into the pool
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r3 = slot.take() == cell ? 1 : 0;
    }
}
