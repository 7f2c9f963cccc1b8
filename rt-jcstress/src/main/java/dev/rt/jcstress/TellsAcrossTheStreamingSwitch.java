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
 * The mailbox's switch from its linked queue to the streaming array queue as the actor's thread
 * makes it, at the {@value #BACKLOG}th message it takes with another behind it. The actor has
 * taken half of those; the other half, and one more, wait in the linked queue (too few for a
 * sender to switch: see {@link TellsAcrossTheSendersSwitch}); one thread tells two more
 * messages, 0 then 1, while another runs the turn that installs the array queue as it takes the
 * last but one of the backlog, the last still linked behind it. Each of the two tells may land
 * in either queue, and message 0 may sit in the linked queue while message 1 is already in the
 * array. One sender's messages must still be handled in order.
 *
 * <p>Result: how often message 0 and message 1 were handled, then 1 if message 0 was handled
 * before message 1.
 */
@JCStressTest
@Description("Tells racing the switch to the streaming queue keep one sender's order.")
@Outcome(id = "1, 1, 1", expect = ACCEPTABLE, desc = "Both handled once, in order.")
@Outcome(id = "1, 1, 0", expect = FORBIDDEN, desc = "Handled out of order across the switch.")
@Outcome(expect = FORBIDDEN, desc = "A message lost or handled twice.")
@State
public class TellsAcrossTheStreamingSwitch {

    /**
     * Messages taken from the linked queue with another behind each that make the actor switch
     * (the runtime's), and the backlog with which a sender switches.
     */
    static final int BACKLOG = 256;

    /** Started; half the backlog handled, half and one more queued. */
    private final Rig rig = new Rig(new Turns.Held(), 10_000);

    /**
     * Queues the backlog (message 2, many times) on the constructing thread. Of each run of
     * messages taken together, all but the last are taken with another behind them.
     */
    public TellsAcrossTheStreamingSwitch() {
        rig.tellTimes(2, BACKLOG / 2 + 1);
        rig.held().runAll(); // taken: the next ones count as a backlog from zero again
        rig.tellTimes(2, BACKLOG / 2 + 1);
    }

    @Actor
    public void sender() {
        rig.ref.tell(new Msg.Work(0));
        rig.ref.tell(new Msg.Work(1));
    }

    @Actor
    public void actorThread() {
        rig.held().runAll();
    }

    @Arbiter
    public void arbiter(III_Result r) {
        rig.held().runAll();
        r.r1 = rig.fates.handledCount(0);
        r.r2 = rig.fates.handledCount(1);
        r.r3 = rig.fates.position(0) < rig.fates.position(1) ? 1 : 0;
    }
}
