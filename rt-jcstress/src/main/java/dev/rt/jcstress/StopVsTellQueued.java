package dev.rt.jcstress;

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
 * Race (b), second form: a stop signal and a user message sent at the same time to an idle
 * actor, in either order. Both producers try to schedule the actor: exactly one turn must be
 * scheduled. When that turn runs (in the arbiter), both are queued, and the signal goes first
 * whatever the order they arrived in: the message is a dead letter, never handled.
 *
 * <p>Result: how often the message was handled, how often it was dead-lettered, and how many
 * turns were scheduled.
 */
@JCStressTest
@Description("A stop racing a tell to an idle actor: the stop goes first, one turn is scheduled.")
@Outcome(id = "0, 1, 1", expect = ACCEPTABLE,
        desc = "One turn; the stop was handled first and the message became a dead letter.")
@Outcome(id = "1, .*", expect = FORBIDDEN, desc = "Signals not first: the message was handled.")
@Outcome(id = ".*, .*, [02-9]", expect = FORBIDDEN,
        desc = "Not exactly one turn scheduled for two producers.")
@Outcome(expect = FORBIDDEN, desc = "The message was lost, or reported twice.")
@State
public class StopVsTellQueued {

    private final Rig rig = new Rig(new Turns.Held(), 32);
    private final int startTurns = rig.turns.submissions.get();

    @Actor
    public void tell() {
        rig.ref.tell(new Msg.Work(0));
    }

    @Actor
    public void stop() {
        rig.ref.stop();
    }

    @Arbiter
    public void arbiter(III_Result r) {
        int scheduled = rig.turns.submissions.get() - startTurns;
        rig.held().runAll();
        r.r1 = rig.fates.handledCount(0);
        r.r2 = rig.fates.deadCount(0);
        r.r3 = scheduled;
    }
}
