package dev.rt.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.IIII_Result;

/**
 * Race (d): an ask's reply racing its timeout. The request waits in the mailbox; one thread runs
 * the turn, whose handler replies, while the other moves the manual clock past the ask's
 * timeout, which fires the timeout on that thread. Exactly one outcome: the stage completes once,
 * with the reply or with {@code AskTimeoutException}, and its callbacks run once. The request is
 * handled either way (a request that timed out is still handled), and no timeout is left on the
 * clock.
 *
 * <p>Result: the stage (1 replied, 2 timed out, 0 not complete, 3 terminated, 4 other), how many
 * times its callback ran, how many times the request was handled, and the tasks left on the
 * clock.
 */
@JCStressTest
@Description("An ask's reply racing its timeout: exactly one outcome.")
@Outcome(id = "1, 1, 1, 0", expect = ACCEPTABLE, desc = "The reply won.")
@Outcome(id = "2, 1, 1, 0", expect = ACCEPTABLE_INTERESTING,
        desc = "The timeout won; the request was still handled, its reply discarded.")
@Outcome(id = "[12], [02-9], .*", expect = FORBIDDEN, desc = "The stage's callback did not run exactly once.")
@Outcome(expect = FORBIDDEN, desc = "No outcome, another outcome, or a timeout left pending.")
@State
public class AskReplyVsTimeout {

    private final Rig rig = new Rig(new Turns.Held(), 32);
    private final AtomicInteger callbacks = new AtomicInteger();
    private final CompletionStage<Integer> reply;

    /** Sends the request: it waits in the mailbox, its turn held, its timeout on the clock. */
    public AskReplyVsTimeout() {
        reply = rig.ref.ask(new Msg.Query(0), Duration.ofSeconds(1));
        reply.whenComplete((value, failure) -> callbacks.incrementAndGet());
    }

    @Actor
    public void turn() {
        rig.held().runOne();
    }

    @Actor
    public void timeout() {
        rig.clock.advance(Duration.ofSeconds(1));
    }

    @Arbiter
    public void arbiter(IIII_Result r) {
        rig.held().runAll();
        r.r1 = Rig.outcome(reply);
        r.r2 = callbacks.get();
        r.r3 = rig.fates.handledCount(0);
        r.r4 = rig.clock.pending();
    }
}
