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
 * Race (a): a tell racing the actor's turn as it goes idle (the lost wake-up).
 *
 * <p>The actor has one queued message and a turn waiting for it. One thread runs that turn,
 * which handles the message and sets the cell idle; another thread tells a second message at the
 * same time. Then the arbiter runs whatever turn was scheduled meanwhile. The second message must
 * have been handled: by the first turn, by a turn that the ending turn scheduled when it saw the
 * message, or by a turn that the tell scheduled when it saw the cell idle. A second message
 * still queued, with no turn scheduled, is a lost wake-up.
 *
 * <p>Result: the number of messages handled (of 2), and who scheduled the extra turn: 0 none, 1
 * the ending turn, 2 the tell, 3 both (two turns at once, which breaks "one runner").
 */
@JCStressTest
@Description("A tell racing the end of a turn: the message is always handled.")
@Outcome(id = "2, 0", expect = ACCEPTABLE, desc = "The running turn took the second message.")
@Outcome(id = "2, 1", expect = ACCEPTABLE_INTERESTING,
        desc = "The turn went idle, saw the second message and scheduled itself again.")
@Outcome(id = "2, 2", expect = ACCEPTABLE_INTERESTING,
        desc = "The turn had gone idle; the tell saw it and scheduled a new turn.")
@Outcome(id = "1, .*", expect = FORBIDDEN,
        desc = "Lost wake-up: the second message sits in the mailbox of an idle actor.")
@Outcome(expect = FORBIDDEN, desc = "Anything else: a message handled twice, or two turns at once.")
@State
public class TellVsEndOfTurn {

    private final Rig rig = new Rig(new Turns.Held(), 32);
    private volatile Thread turnThread;
    private volatile Thread tellThread;

    /** Leaves the actor with one message queued and its turn held. */
    public TellVsEndOfTurn() {
        rig.ref.tell(new Msg.Work(0));
    }

    /** Runs the held turn: it handles message 0 and goes idle. */
    @Actor
    public void turn() {
        turnThread = Thread.currentThread();
        rig.held().runOne();
    }

    /** Tells message 1 while the turn runs or ends. */
    @Actor
    public void tell() {
        tellThread = Thread.currentThread();
        rig.ref.tell(new Msg.Work(1));
    }

    @Arbiter
    public void arbiter(II_Result r) {
        Turns.Held held = rig.held();
        int pending = held.pending();
        Thread submitter = held.lastSubmitter;
        int who;
        if (pending == 0) {
            who = 0;
        } else if (pending > 1) {
            who = 3;
        } else {
            who = submitter == turnThread ? 1 : submitter == tellThread ? 2 : 3;
        }
        // Only a turn that is already scheduled may run now: an idle actor is never woken here.
        held.runAll();
        r.r1 = rig.fates.handledCount(0) + rig.fates.handledCount(1);
        r.r2 = who;
    }
}
