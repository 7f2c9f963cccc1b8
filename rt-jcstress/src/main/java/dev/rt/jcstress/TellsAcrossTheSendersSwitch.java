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
 * The mailbox's switch from its linked queue to the streaming array queue as a sender makes it: one
 * that finds the actor behind for {@value #BACKLOG} messages in a row (each sent while the one
 * before it still waited) installs the array, and the messages after it go there. {@value #QUEUED}
 * messages wait in the linked queue; one thread tells four more, 0 to 3, the third of which finds
 * the backlog if the actor has taken nothing yet, while another thread runs the actor's turns,
 * which may take the backlog away first, so that the sender does not switch, or switch on their
 * own at the {@value #BACKLOG}th message they take with another behind it. Message 3 may sit in
 * the array while older ones wait in the linked queue. The sender's messages must be handled once
 * each, in order.
 *
 * <p>Result: how many of messages 0 to 3 were handled exactly once, then 1 if they were handled
 * in the order sent.
 */
@JCStressTest
@Description("A sender that switches the mailbox to the streaming queue keeps its order.")
@Outcome(id = "4, 1", expect = ACCEPTABLE, desc = "All handled once, in order.")
@Outcome(expect = FORBIDDEN, desc = "A message lost or handled twice, or out of order.")
@State
public class TellsAcrossTheSendersSwitch {

    /** The waiting messages with which a sender switches (the runtime's threshold). */
    static final int BACKLOG = TellsAcrossTheStreamingSwitch.BACKLOG;
    /** Queued before the sender starts: the third of its four messages is the threshold's. */
    static final int QUEUED = BACKLOG - 3;

    /** Started; the backlog queued, not handled: no turn has run yet. */
    private final Rig rig = new Rig(new Turns.Held(), 10_000);

    /** Queues the backlog (message 4, many times) on the constructing thread. */
    public TellsAcrossTheSendersSwitch() {
        rig.tellTimes(4, QUEUED);
    }

    @Actor
    public void sender() {
        for (int id = 0; id < 4; id++) {
            rig.ref.tell(new Msg.Work(id));
        }
    }

    @Actor
    public void actorThread() {
        rig.held().runAll();
    }

    @Arbiter
    public void arbiter(II_Result r) {
        rig.held().runAll();
        int ordered = 1;
        for (int id = 1; id < 4; id++) {
            if (rig.fates.position(id - 1) >= rig.fates.position(id)) {
                ordered = 0;
            }
        }
        r.r1 = rig.fates.handledOnce(4);
        r.r2 = ordered;
    }
}
