package dev.rt.internal;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/**
 * The default timer service's cancel ({@link DefaultTimerService}): a reply cancels an ask's
 * timeout just as its deadline passes and the timer thread claims it to run it. Exactly one may
 * win: both, and the ask would be told it timed out after {@code cancel} said it would not be;
 * neither, and the timer thread would drop a task that {@code cancel} said would run.
 *
 * <p>Result: whether {@code cancel} won (1), and whether the timer thread's claim won (1).
 */
@JCStressTest
@Description("Cancelling a timer task vs the timer thread claiming it: exactly one wins.")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "Cancelled: it never runs.")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "It runs; cancel reports it was too late.")
@Outcome(expect = FORBIDDEN, desc = "Both or neither won.")
@State
public class TimerCancelVsFire {

    private final DefaultTimerService.Entry entry =
            new DefaultTimerService.Entry(0, () -> { });

    @Actor
    public void canceller(II_Result r) {
        r.r1 = entry.cancel() ? 1 : 0;
    }

    @Actor
    public void timerThread(II_Result r) {
        r.r2 = entry.claim() ? 1 : 0;
    }
}
