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
 * The default timer service's wake-up ({@link DefaultTimerService}): a thread schedules a task
 * due before the deadline the timer thread is about to park until. Scheduling pushes the entry
 * and then reads how the timer thread parks; the timer thread publishes that and then looks at
 * the inbox. If neither saw the other, the timer thread would sleep past the new deadline (with
 * a request's timeout pending, for as long as the older deadline is away).
 *
 * <p>Result: whether the scheduler wakes the timer thread (1), and whether the timer thread
 * parks (1) or goes round once more because it saw the entry (0).
 */
@JCStressTest
@Description("Scheduling an earlier deadline vs the timer thread going to park: never missed.")
@Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "It parks and the scheduler wakes it.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "It saw the entry and does not park.")
@Outcome(id = "1, 0", expect = ACCEPTABLE, desc = "Both: it does not park; the wake is spare.")
@Outcome(id = "0, 1", expect = FORBIDDEN, desc = "It parks past the new deadline, unwoken.")
@State
public class TimerWakeUpRace {

    private final DefaultTimerService timers = new DefaultTimerService("jcstress", null);
    private final DefaultTimerService.Entry soon =
            new DefaultTimerService.Entry(100, () -> { });

    @Actor
    public void scheduler(II_Result r) {
        r.r1 = timers.push(soon) ? 1 : 0;
    }

    @Actor
    public void timerThread(II_Result r) {
        r.r2 = timers.readyToPark(200, false) ? 1 : 0;
    }
}
