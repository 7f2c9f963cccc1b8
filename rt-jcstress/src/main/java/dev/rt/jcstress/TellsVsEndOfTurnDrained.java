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
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Race (a), third form: the mailbox after its first message. The actor has already handled one
 * message, so its queue exists and is drained. Two threads tell one message each; each turn runs
 * at once on the thread that schedules it, with a throughput of 1, so each tell races the other's
 * enqueue, the other's turn taking the message, and the end of that turn reading the queue. When both tells have returned, no turn can still be
 * running, so both messages must have been handled, once each, and the mailbox must be empty.
 *
 * <p>Result: per message, how many times it was handled (1 each), then the mailbox's depth
 * afterwards, as the observer reads it (0).
 */
@JCStressTest
@Description("Two tells into a drained queue race each other's turns: both handled.")
@Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "Both handled once; the queue is empty.")
@Outcome(id = {"0, .*", ".*, 0, .*"}, expect = FORBIDDEN,
        desc = "A message was never handled: a lost wake-up.")
@Outcome(id = "1, 1, .*", expect = FORBIDDEN, desc = "The queue still counts a taken message.")
@Outcome(expect = FORBIDDEN, desc = "A message was handled twice.")
@State
public class TellsVsEndOfTurnDrained {

    private final Rig rig = new Rig(new Turns.Inline(), 1);

    /** Sends and handles the first message of the actor's life, on the constructing thread. */
    public TellsVsEndOfTurnDrained() {
        rig.ref.tell(new Msg.Work(2));
    }

    @Actor
    public void send0() {
        rig.ref.tell(new Msg.Work(0));
    }

    @Actor
    public void send1() {
        rig.ref.tell(new Msg.Work(1));
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r1 = rig.fates.handledCount(0);
        r.r2 = rig.fates.handledCount(1);
        r.r3 = rig.system.snapshot().find(rig.ref.path()).orElseThrow().mailboxDepth();
    }
}
