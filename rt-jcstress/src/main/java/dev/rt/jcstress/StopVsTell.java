package dev.rt.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * Race (c): stop racing tell. One thread tells two messages, the other stops the actor; turns
 * run at once on the thread that schedules them, one message per turn, so the tells race the
 * whole stop sequence, the drain of the mailbox into dead letters and the final state. Each
 * message is handled or reported as a dead letter: never both, never neither. And since the
 * two come from one sender, a dead message 0 cannot be followed by a handled message 1.
 *
 * <p>Result, per message: 1 handled, 2 dead letter, 0 neither, 3 both or twice.
 */
@JCStressTest
@Description("Stop racing tell: each message is handled or dead-lettered, exactly once.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Both handled before the stop.")
@Outcome(id = "1, 2", expect = ACCEPTABLE_INTERESTING, desc = "The stop came between the two.")
@Outcome(id = "2, 2", expect = ACCEPTABLE, desc = "The stop came first: both are dead letters.")
@Outcome(id = "2, 1", expect = FORBIDDEN, desc = "Out of order: 0 dead but 1 handled.")
@Outcome(id = {"0, .*", ".*, 0"}, expect = FORBIDDEN, desc = "A message was neither handled nor reported.")
@Outcome(expect = FORBIDDEN, desc = "A message was handled and reported, or reported twice.")
@State
public class StopVsTell {

    private final Rig rig = new Rig(new Turns.Inline(), 1);

    @Actor
    public void tell() {
        rig.ref.tell(new Msg.Work(0));
        rig.ref.tell(new Msg.Work(1));
    }

    @Actor
    public void stop() {
        rig.ref.stop();
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r1 = rig.fates.fate(0);
        r.r2 = rig.fates.fate(1);
    }
}
