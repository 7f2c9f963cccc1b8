package dev.rt.jcstress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE_INTERESTING;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/**
 * Race (d), second form: a reply that comes later, through the {@code CompletionStage} that the
 * handler returned, racing the ask's timeout. The handler has already run; one thread completes
 * its stage while the other moves the clock past the timeout. Exactly one outcome, its callback
 * run once, and no timeout left on the clock.
 *
 * <p>Result: the stage (1 replied, 2 timed out, 0 not complete, 3 terminated, 4 other), how many
 * times its callback ran, and the tasks left on the clock.
 */
@JCStressTest
@Description("A reply stage completing while the ask times out: exactly one outcome.")
@Outcome(id = "1, 1, 0", expect = ACCEPTABLE, desc = "The reply won.")
@Outcome(id = "2, 1, 0", expect = ACCEPTABLE_INTERESTING, desc = "The timeout won.")
@Outcome(expect = FORBIDDEN, desc = "No outcome or two, another outcome, or a timeout left pending.")
@State
public class LateReplyVsTimeout {

    private final CompletableFuture<Integer> later = new CompletableFuture<>();
    private final Rig rig = new Rig(new Turns.Held(), 32, q -> later);
    private final AtomicInteger callbacks = new AtomicInteger();
    private final CompletionStage<Integer> reply;

    /** Sends the request and runs its handler, which returns the stage {@link #later}. */
    public LateReplyVsTimeout() {
        reply = rig.ref.ask(new Msg.Query(0), Duration.ofSeconds(1));
        reply.whenComplete((value, failure) -> callbacks.incrementAndGet());
        rig.held().runAll();
    }

    @Actor
    public void reply() {
        later.complete(42);
    }

    @Actor
    public void timeout() {
        rig.clock.advance(Duration.ofSeconds(1));
    }

    @Arbiter
    public void arbiter(III_Result r) {
        r.r1 = Rig.outcome(reply);
        r.r2 = callbacks.get();
        r.r3 = rig.clock.pending();
    }
}
