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
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Race (q): the solo carrier's take from its run queue between turns, which is no atomic
 * exchange ({@link CarrierThread#dequeue}), against the monitor's rescue of the queue from
 * behind a turn that it saw running long ({@link CarrierThread#rescueRunQueue}). Turn 1 of a
 * cell queued cell X. The carrier ends turn 1 as {@link CellCore#runTurn} does (the carrier's
 * exit, then the volatile store of IDLE into the cell), takes from the queue, runs turn 2 of the
 * same cell, which queues cell Y, ends it and takes again; meanwhile the monitor rescues from
 * behind turn 1. Each of X and Y must be taken exactly once: taken twice, a cell would run two
 * turns at once; by nobody, it would be stranded. And the monitor must not take Y, which turn 2
 * queued, since the carrier's take after turn 2 could then get it too.
 *
 * <p>Result: what the carrier's first and second take got (1 = X, 2 = Y, 0 = nothing), what
 * the monitor got (the same codes; 3 = both), and what the queue holds after all (the arbiter).
 */
@JCStressTest
@Description("A carrier takes from its run queue between turns while the monitor rescues the"
        + " queue from behind the first turn: each cell is taken exactly once.")
@Outcome(id = "1, 2, 0, 0", expect = ACCEPTABLE,
        desc = "The monitor saw turn 1 ended: the carrier took X, then Y.")
@Outcome(id = "0, 2, 1, 0", expect = ACCEPTABLE,
        desc = "The monitor took X from behind turn 1; the carrier found the queue empty, then Y.")
@Outcome(expect = FORBIDDEN, desc = "A cell taken twice or by nobody, or Y taken by the monitor.")
@State
public class RunQueueRescueRace {

    private final CarrierThread carrier = UnstartedCarriers.make();
    private final CellCore running = BareCells.make();
    private final CellCore x = BareCells.make();
    private final CellCore y = BareCells.make();

    /** Turn 1 of {@code running} runs on the carrier and has queued X. */
    public RunQueueRescueRace() {
        running.claimStatus();
        carrier.enter(running);
        carrier.enqueue(x);
    }

    @Actor
    public void carrier(IIII_Result r) {
        carrier.exit(); // the end of turn 1, in runTurn's order
        running.releaseStatus();
        r.r1 = which(carrier.dequeue());
        running.claimStatus(); // turn 2 of the same cell, run from the queue
        carrier.enter(running);
        carrier.enqueue(y);
        carrier.exit();
        running.releaseStatus();
        r.r2 = which(carrier.dequeue());
    }

    @Actor
    public void monitor(IIII_Result r) {
        r.r3 = which(carrier.rescueRunQueue(running, 1));
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        r.r4 = which(carrier.dequeue());
    }

    private int which(CellCore taken) {
        return taken == x ? 1 : taken == y ? 2 : 0;
    }

    private int which(List<CellCore> taken) {
        int code = 0;
        for (CellCore cell : taken) {
            code += which(cell);
        }
        return code;
    }
}
