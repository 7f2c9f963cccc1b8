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
 * Two senders at the mailbox's switch to the streaming array queue: {@value #QUEUED} messages
 * wait in the linked queue, and two threads tell two messages each, 0 then 1 and 2 then 3, so
 * that the third and fourth of the four find {@value TellsAcrossTheSendersSwitch#BACKLOG}
 * messages or more waiting, whichever sender sends them: both senders may try to install the
 * array at once, one message of a sender may land in the linked queue and its next in the array,
 * and a sender may push onto the linked queue after the other has installed the array. The
 * actor's turns run after both. Each sender's messages must be handled once each, in order.
 *
 * <p>Result: how many of messages 0 to 3 were handled exactly once, then 1 if 0 was handled
 * before 1, then 1 if 2 was handled before 3.
 */
@JCStressTest
@Description("Senders racing to switch the mailbox to the streaming queue keep their order.")
@Outcome(id = "4, 1, 1", expect = ACCEPTABLE, desc = "All handled once, each sender in order.")
@Outcome(expect = FORBIDDEN, desc = "A message lost or handled twice, or a sender out of order.")
@State
public class TwoSendersSwitchTheMailbox {

    /** Queued before the senders start: as many as before the one sender of that test. */
    static final int QUEUED = TellsAcrossTheSendersSwitch.QUEUED;

    /** Started; the backlog queued, not handled: no turn has run yet. */
    private final Rig rig = new Rig(new Turns.Held(), 10_000);

    /** Queues the backlog (message 4, many times) on the constructing thread. */
    public TwoSendersSwitchTheMailbox() {
        rig.tellTimes(4, QUEUED);
    }

    @Actor
    public void sender() {
        rig.ref.tell(new Msg.Work(0));
        rig.ref.tell(new Msg.Work(1));
    }

    @Actor
    public void otherSender() {
        rig.ref.tell(new Msg.Work(2));
        rig.ref.tell(new Msg.Work(3));
    }

    @Arbiter
    public void arbiter(III_Result r) {
        rig.held().runAll();
        r.r1 = rig.fates.handledOnce(4);
        r.r2 = rig.fates.position(0) < rig.fates.position(1) ? 1 : 0;
        r.r3 = rig.fates.position(2) < rig.fates.position(3) ? 1 : 0;
    }
}
