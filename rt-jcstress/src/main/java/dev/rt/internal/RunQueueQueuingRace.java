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
 * Race (r): the solo carrier's queuings into its run queue during a long turn ({@link
 * CarrierThread#enqueue}), against the monitor's rescue of the queue from behind that turn
 * ({@link CarrierThread#rescueRunQueue}), which overlap. Turn 1 of a cell has queued cell X and
 * goes on to queue Y and Z, then ends; the carrier then takes from the queue until it is empty.
 * The monitor rescues from behind turn 1 meanwhile, taking a prefix of what was queued. Each cell
 * must be taken exactly once, and the carrier must take what is left in the order it was queued.
 *
 * <p>Result: how many cells the monitor took (a prefix of X, Y, Z), then the carrier's takes in
 * order as a number with one digit a cell (1 = X, 2 = Y, 3 = Z), then what the queue holds after
 * all (the arbiter), then 1 if every cell was taken exactly once, else 0.
 */
@JCStressTest
@Description("A carrier queues into its run queue during a turn while the monitor rescues the"
        + " queue from behind it: each cell is taken once, the rest in order.")
@Outcome(id = "0, 123, 0, 1", expect = ACCEPTABLE,
        desc = "The monitor saw the turn ended, or found nothing: the carrier took all three.")
@Outcome(id = "1, 23, 0, 1", expect = ACCEPTABLE, desc = "The monitor took X; the carrier Y, Z.")
@Outcome(id = "2, 3, 0, 1", expect = ACCEPTABLE, desc = "The monitor took X, Y; the carrier Z.")
@Outcome(id = "3, 0, 0, 1", expect = ACCEPTABLE, desc = "The monitor took all three.")
@Outcome(expect = FORBIDDEN, desc = "A cell taken twice, by nobody, or out of order.")
@State
public class RunQueueQueuingRace {

    private final CarrierThread carrier = UnstartedCarriers.make();
    private final CellCore running = BareCells.make();
    private final CellCore x = BareCells.make();
    private final CellCore y = BareCells.make();
    private final CellCore z = BareCells.make();
    private List<CellCore> rescued = List.of();

    /** Turn 1 of {@code running} runs on the carrier and has queued X. */
    public RunQueueQueuingRace() {
        running.claimStatus();
        carrier.enter(running);
        carrier.enqueue(x);
    }

    @Actor
    public void carrier(IIII_Result r) {
        carrier.enqueue(y); // still in turn 1
        carrier.enqueue(z);
        carrier.exit(); // the end of turn 1, in runTurn's order
        running.releaseStatus();
        int taken = 0;
        for (CellCore cell; (cell = carrier.dequeue()) != null; ) {
            taken = taken * 10 + which(cell);
        }
        r.r2 = taken;
    }

    @Actor
    public void monitor() {
        rescued = carrier.rescueRunQueue(running, 1);
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        boolean prefix = true;
        for (int i = 0; i < rescued.size(); i++) {
            prefix &= which(rescued.get(i)) == i + 1;
        }
        r.r1 = prefix ? rescued.size() : -1;
        r.r3 = which(carrier.dequeue());
        int expected = switch (rescued.size()) {
            case 0 -> 123;
            case 1 -> 23;
            case 2 -> 3;
            default -> 0;
        };
        r.r4 = prefix && r.r2 == expected ? 1 : 0;
    }

    private int which(CellCore taken) {
        return taken == x ? 1 : taken == y ? 2 : taken == z ? 3 : 0;
    }
}
