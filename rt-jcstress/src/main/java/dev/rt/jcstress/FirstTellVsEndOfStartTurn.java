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
 * Race (j): the first message of an actor's life racing the end of its start turn, the lost
 * wake-up of race (a) in the shape where the mailbox's queue does not exist yet. The start turn
 * ends by going idle and then looking for mail; the tell creates the queue, offers, and then
 * looks at the status. One of them must see the other: the turn sees the new queue and its
 * message and schedules itself again, or the tell sees the cell idle and schedules it.
 *
 * <p>Result: the number of messages handled (of 1) once the held turns have run, and the number
 * of turns held after the start turn and the tell: 0 if the start turn took the message itself,
 * else exactly 1, scheduled by whichever side saw the other.
 */
@JCStressTest
@Description("The first tell racing the end of the start turn: the message is always handled.")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "The start turn took the message itself.")
@Outcome(id = "1, 1", expect = ACCEPTABLE_INTERESTING,
        desc = "The message arrived as or after the turn ended; one more turn was scheduled.")
@Outcome(id = "0, .*", expect = FORBIDDEN,
        desc = "Lost wake-up: the message sits in a new queue of an idle actor.")
@Outcome(expect = FORBIDDEN, desc = "Anything else: a message handled twice, or two turns.")
@State
public class FirstTellVsEndOfStartTurn {

    /** Spawned, its start turn held: it has not run yet. */
    private final Rig rig = new Rig(new Turns.Held(), 32, q -> q.id() * 10, false);

    @Actor
    public void startTurn() {
        rig.held().runOne();
    }

    @Actor
    public void tell() {
        rig.ref.tell(new Msg.Work(0));
    }

    @Arbiter
    public void arbiter(II_Result r) {
        Turns.Held held = rig.held();
        r.r2 = held.pending();
        held.runAll();
        r.r1 = rig.fates.handledCount(0);
    }
}
