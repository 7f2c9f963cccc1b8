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
 * Race (k'): the carrier's take of its handoff slot between turns, which is no atomic exchange
 * ({@link CarrierThread#takeAfterTurn}), against the monitor's rescue of the slot's cell from
 * behind a turn that it saw running long ({@link CarrierThread#rescue}). Turn 1 of a cell woke
 * cell X into the slot. The carrier ends turn 1 as {@link CellCore#runTurn} does (the carrier's
 * exit, then the volatile store of IDLE into the cell), takes the slot, runs turn 2 of the same
 * cell, which wakes cell Y, ends it and takes the slot again; meanwhile the monitor rescues from
 * behind turn 1. Each of X and Y must be taken exactly once: taken twice, a cell would run two
 * turns at once; by nobody, it would be stranded. And the monitor must not take Y, which turn 2
 * woke, since the carrier's plain take of Y after turn 2 could then get it too.
 *
 * <p>Result: what the carrier's first and second take got (1 = X, 2 = Y, 0 = nothing), what
 * the monitor got, and what the slot holds after all (the arbiter).
 */
@JCStressTest
@Description("A carrier takes its slot between turns without an exchange while the monitor rescues"
        + " from behind the first turn: each cell is taken exactly once.")
@Outcome(id = "1, 2, 0, 0", expect = ACCEPTABLE,
        desc = "The monitor saw turn 1 ended: the carrier took X, then Y.")
@Outcome(id = "0, 2, 1, 0", expect = ACCEPTABLE,
        desc = "The monitor took X from behind turn 1; the carrier found the slot empty, then Y.")
@Outcome(expect = FORBIDDEN, desc = "A cell taken twice or by nobody, or Y taken by the monitor.")
@State
public class HandoffSlotRescueRace {

    private final CarrierThread carrier = UnstartedCarriers.make();
    private final CellCore running = BareCells.make();
    private final CellCore x = BareCells.make();
    private final CellCore y = BareCells.make();

    /** Turn 1 of {@code running} runs on the carrier and has woken X into the slot. */
    public HandoffSlotRescueRace() {
        running.claimStatus();
        carrier.enter(running);
        carrier.put(x);
    }

    @Actor
    public void carrier(IIII_Result r) {
        carrier.exit(); // the end of turn 1, in runTurn's order
        running.releaseStatus();
        r.r1 = which(carrier.takeAfterTurn());
        running.claimStatus(); // turn 2 of the same cell, from the slot as a resubmit would run it
        carrier.enter(running);
        carrier.put(y);
        carrier.exit();
        running.releaseStatus();
        r.r2 = which(carrier.takeAfterTurn());
    }

    @Actor
    public void monitor(IIII_Result r) {
        r.r3 = which(carrier.rescue(running, 1));
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r4 = which(carrier.take());
    }

    private int which(CellCore taken) {
        return taken == x ? 1 : taken == y ? 2 : 0;
    }
}
