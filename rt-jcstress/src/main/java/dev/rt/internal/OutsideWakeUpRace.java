package dev.rt.internal;

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
 * Race (h): wake-ups from outside the pool ({@link OutsideWakeUps}, "Wake-ups from outside" in
 * {@link Scheduler}). Threads outside the pool push the cells they wake onto one stack, and the
 * push that finds it empty queues the drain; a carrier running the drain takes the whole stack.
 * One thread wakes cell A and then cell B; the other wakes cell C and then takes what is there,
 * as a drain would (jcstress needs a core per thread, and this machine has two); the arbiter takes
 * the rest, as the next drain would.
 *
 * <p>What must hold: every cell is taken exactly once (taken twice, it would run two turns at
 * once; never, it would be stranded); A comes before B (one sender's wake-ups keep their order);
 * at least one push found the stack empty, so a drain was queued; and at most two did: the first
 * push, and one after the take, which found the stack empty again and queued the next drain.
 * Result: the first of the broken rules (0 = none; 1 a cell lost or taken twice, 2 B before A, 3
 * no drain queued, 4 more than two), and how many cells the take got (C always, and A, or A and
 * B, when they came before it).
 */
@JCStressTest
@Description("Wake-ups from outside race a drain: each cell is taken once, in order.")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "The take got C only.")
@Outcome(id = "0, 2", expect = ACCEPTABLE, desc = "The take got A and C.")
@Outcome(id = "0, 3", expect = ACCEPTABLE, desc = "The take got all three.")
@Outcome(expect = FORBIDDEN, desc = "A cell lost, doubled or out of order, or a wrong drain count.")
@State
public class OutsideWakeUpRace {

    private final OutsideWakeUps stack = new OutsideWakeUps();
    private final DeferredWakeUpRace.Task a = new DeferredWakeUpRace.Task('A');
    private final DeferredWakeUpRace.Task b = new DeferredWakeUpRace.Task('B');
    private final DeferredWakeUpRace.Task c = new DeferredWakeUpRace.Task('C');
    private int firstDrains;
    private int secondDrains;
    private String carrierTook;

    @Actor
    public void firstSender() {
        firstDrains = (stack.push(a) ? 1 : 0) + (stack.push(b) ? 1 : 0);
    }

    @Actor
    public void secondSenderThenDrain() {
        secondDrains = stack.push(c) ? 1 : 0;
        carrierTook = names(stack.takeAll());
    }

    @Arbiter
    public void arbiter(II_Result r) {
        String rest = names(stack.takeAll());
        String all = carrierTook + rest;
        int drains = firstDrains + secondDrains;
        if (all.length() != 3 || all.indexOf('A') < 0 || all.indexOf('B') < 0
                || all.indexOf('C') < 0) {
            r.r1 = 1;
        } else if (all.indexOf('B') < all.indexOf('A')) {
            r.r1 = 2;
        } else if (drains == 0) {
            r.r1 = 3;
        } else if (drains > 2) {
            r.r1 = 4;
        } else {
            r.r1 = 0;
        }
        r.r2 = carrierTook.length();
    }

    /**
     * {@return the names of a taken list, oldest first (a task's id is its name's letter)} Also
     * for {@link LingeringCarrierClaimRace}.
     */
    static String names(WakeUpEntry first) {
        StringBuilder names = new StringBuilder(3);
        for (WakeUpEntry t = first; t != null; t = t.nextWakeUp) {
            names.append((char) ((DeferredWakeUpRace.Task) t).id);
        }
        return names.toString();
    }
}
