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
 * Race (i): the first two messages of an actor's life, told at the same time. An actor creates
 * its mailbox's queue with the first message it is sent, so both tells race to create it; one
 * wins the CAS, the other must use the winner's queue, not a queue of its own that nobody reads.
 *
 * <p>Result: the number of messages handled (of 2), and the number of turns that the tells
 * scheduled (exactly one: "one runner").
 */
@JCStressTest
@Description("Two first tells race to create the mailbox's queue: both messages are handled.")
@Outcome(id = "2, 1", expect = ACCEPTABLE, desc = "Both handled, by one scheduled turn.")
@Outcome(id = "1, .*", expect = FORBIDDEN, desc = "A message went into a queue nobody reads.")
@Outcome(expect = FORBIDDEN, desc = "Anything else: a message handled twice, or two turns.")
@State
public class FirstTellsRace {

    /** Started and idle, never sent anything: no queue yet. */
    private final Rig rig = new Rig(new Turns.Held(), 32);

    @Actor
    public void first() {
        rig.ref.tell(new Msg.Work(0));
    }

    @Actor
    public void second() {
        rig.ref.tell(new Msg.Work(1));
    }

    @Arbiter
    public void arbiter(II_Result r) {
        Turns.Held held = rig.held();
        r.r2 = held.pending();
        held.runAll();
        r.r1 = rig.fates.handledCount(0) + rig.fates.handledCount(1);
    }
}
