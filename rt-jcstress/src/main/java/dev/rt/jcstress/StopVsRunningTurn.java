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
 * Race (b): a stop signal racing a turn that is working through queued user messages. Signals
 * go first: a stop that has arrived is handled before the next user message, however many are
 * queued.
 *
 * <p>Three messages are queued; one thread runs the turn, the other sends {@code stop()} and then
 * sets a volatile flag. Each handler notes whether it saw the flag. The sound check: a handler
 * that saw the flag ran after the stop signal was pushed, so the turn's signal check before the
 * next message must find the stop; at most one handler can therefore see the flag. (Which
 * messages are handled is a race, since the stop may come at any point; but they are always a
 * prefix of the queue, and the others are dead letters.)
 *
 * <p>Result: the mask of the messages handled (bit i for message i), the mask of those
 * reported as dead letters, and how many handlers saw the flag.
 */
@JCStressTest
@Description("A stop racing a turn: it is handled before the next user message.")
@Outcome(id = "0, 7, 0", expect = ACCEPTABLE, desc = "The stop came first: all three are dead letters.")
@Outcome(id = "1, 6, [01]", expect = ACCEPTABLE_INTERESTING, desc = "Stopped after one message.")
@Outcome(id = "3, 4, [01]", expect = ACCEPTABLE_INTERESTING, desc = "Stopped after two messages.")
@Outcome(id = "7, 0, [01]", expect = ACCEPTABLE, desc = "The turn handled all three, then stopped.")
@Outcome(id = ".*, .*, [2-9]", expect = FORBIDDEN,
        desc = "Signals not first: a message was handled after the turn must have seen the stop.")
@Outcome(expect = FORBIDDEN,
        desc = "A message handled and dead-lettered, or neither, or handled out of order.")
@State
public class StopVsRunningTurn {

    private final Rig rig = new Rig(new Turns.Held(), 32);

    /** Queues three messages, and holds their turn. */
    public StopVsRunningTurn() {
        for (int i = 0; i < 3; i++) {
            rig.ref.tell(new Msg.Work(i));
        }
    }

    @Actor
    public void turn() {
        rig.held().runOne();
    }

    @Actor
    public void stop() {
        rig.ref.stop();
        rig.fates.mark = true; // after the stop signal is pushed
    }

    @Arbiter
    public void arbiter(III_Result r) {
        rig.held().runAll(); // a turn scheduled for the stop, if the running one had ended
        int handled = 0;
        int dead = 0;
        int sawStop = 0;
        for (int i = 0; i < 3; i++) {
            int fate = rig.fates.fate(i);
            if (fate == Fates.HANDLED) {
                handled |= 1 << i;
            } else if (fate == Fates.DEAD) {
                dead |= 1 << i;
            } else {
                handled |= 8; // neither, or both: matches no acceptable outcome
            }
            sawStop += rig.fates.sawMark(i);
        }
        r.r1 = handled;
        r.r2 = dead;
        r.r3 = sawStop;
    }
}
