package dev.rt.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Race (c) for a request: stop racing ask. The request is handled and answered, or it is a
 * dead letter and the ask fails at once with {@code ActorTerminatedException}; either way its
 * timeout is cancelled (no task is left on the clock) and the stage is complete without the
 * clock ever moving.
 *
 * <p>Result: the stage (1 replied, 3 terminated, 0 not complete, 2 timed out, 4 other), the
 * request's fate (1 handled, 2 dead letter, 0 neither, 3 both), and the timeouts left pending.
 */
@JCStressTest
@Description("Stop racing ask: replied, or failed at once as terminated; never left hanging.")
@Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "Handled and replied before the stop.")
@Outcome(id = "3, 2, 0", expect = ACCEPTABLE,
        desc = "The stop came first: a dead letter, and the ask failed with ActorTerminatedException.")
@Outcome(id = "0, .*", expect = FORBIDDEN, desc = "The ask was left hanging until its timeout.")
@Outcome(expect = FORBIDDEN, desc = "Handled and dead-lettered, neither, or a timeout left pending.")
@State
public class StopVsAsk {

    private final Rig rig = new Rig(new Turns.Inline(), 1);
    private CompletionStage<Integer> reply;

    @Actor
    public void ask() {
        reply = rig.ref.ask(new Msg.Query(0), Duration.ofSeconds(1));
    }

    @Actor
    public void stop() {
        rig.ref.stop();
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r1 = Rig.outcome(reply);
        r.r2 = rig.fates.fate(0);
        r.r3 = rig.clock.pending();
    }
}
