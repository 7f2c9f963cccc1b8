package dev.rt.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Race (c), second form: the actor's turn runs on one thread while the other sends {@code
 * stop()} and then tells a message. The turn handles a queued message, then finds the stop and
 * terminates, draining the mailbox; the tell races that termination: it may see the actor
 * terminated and report a dead letter itself, or slip into the mailbox just before, where the
 * drain or the next turn must find it. Either way it is never handled: the turn looks for
 * signals after it takes a message, and the take makes the stop, sent before the tell, visible.
 * Then the arbiter runs any turn still scheduled.
 *
 * <p>Result, per message (0 queued before, 1 told after the stop): 1 handled, 2 dead letter, 0
 * neither, 3 both or twice.
 */
@JCStressTest
@Description("A tell after a stop, racing the termination: never handled, reported once.")
@Outcome(id = "2, 2", expect = ACCEPTABLE, desc = "The stop came before the turn: both dead.")
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "Message 0 handled; message 1 after the stop: dead.")
@Outcome(id = "1, 1", expect = FORBIDDEN,
        desc = "Message 1 handled: sent after the stop, it overtook it (the turn took it after"
                + " looking for signals, not before).")
@Outcome(id = {"0, .*", ".*, 0"}, expect = FORBIDDEN, desc = "A message was neither handled nor reported.")
@Outcome(expect = FORBIDDEN, desc = "A message was handled and reported, or reported twice.")
@State
public class StopVsTellDuringTurn {

    private final Rig rig = new Rig(new Turns.Held(), 32);

    /** Queues message 0 and holds its turn. */
    public StopVsTellDuringTurn() {
        rig.ref.tell(new Msg.Work(0));
    }

    @Actor
    public void turn() {
        rig.held().runOne();
    }

    @Actor
    public void stopThenTell() {
        rig.ref.stop();
        rig.ref.tell(new Msg.Work(1));
    }

    @Arbiter
    public void arbiter(II_Result r) {
        rig.held().runAll();
        r.r1 = rig.fates.fate(0);
        r.r2 = rig.fates.fate(1);
    }
}
