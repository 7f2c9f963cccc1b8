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
 * Race (a), second form: two threads tell one message each, and each turn runs at once on the
 * thread that schedules it, with a throughput of 1, so the actor goes idle after every message
 * and each tell races the end of the other thread's turn. When both tells have returned, no turn
 * can still be running, so both messages must have been handled.
 *
 * <p>Result, per message: which thread handled it: 1 the thread that sent message 0, 2 the one
 * that sent message 1, 0 none (lost), 3 handled twice.
 */
@JCStressTest
@Description("Two tells racing each other's end of turn: both messages are always handled.")
@Outcome(id = "1, 2", expect = ACCEPTABLE, desc = "Each sender ran the turn for its own message.")
@Outcome(id = "1, 1", expect = ACCEPTABLE_INTERESTING,
        desc = "Sender 0's turn also handled message 1 (its tell found the actor scheduled).")
@Outcome(id = "2, 2", expect = ACCEPTABLE_INTERESTING,
        desc = "Sender 1's turn also handled message 0 (its tell found the actor scheduled).")
@Outcome(id = "2, 1", expect = ACCEPTABLE_INTERESTING,
        desc = "Each handled the other's message: a turn ended after one message and the other"
                + " sender won the next schedule.")
@Outcome(id = {"0, .*", ".*, 0"}, expect = FORBIDDEN,
        desc = "Lost wake-up: a message was never handled.")
@Outcome(expect = FORBIDDEN, desc = "A message was handled twice.")
@State
public class TellsVsEndOfTurnInline {

    private final Rig rig = new Rig(new Turns.Inline(), 1);
    private volatile Thread sender0;
    private volatile Thread sender1;

    @Actor
    public void send0() {
        sender0 = Thread.currentThread();
        rig.ref.tell(new Msg.Work(0));
    }

    @Actor
    public void send1() {
        sender1 = Thread.currentThread();
        rig.ref.tell(new Msg.Work(1));
    }

    @Arbiter
    public void arbiter(II_Result r) {
        r.r1 = by(0);
        r.r2 = by(1);
    }

    private int by(int id) {
        int n = rig.fates.handledCount(id);
        if (n == 0) {
            return 0;
        }
        if (n > 1) {
            return 3;
        }
        Thread t = rig.fates.handledBy(id);
        return t == sender0 ? 1 : t == sender1 ? 2 : 3;
    }
}
