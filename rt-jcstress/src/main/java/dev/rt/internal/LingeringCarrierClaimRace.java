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
 * Race (i): a wake-up from outside the pool claims a lingering carrier instead of queuing a drain
 * ({@link OutsideWakeUps#claim}, "Idle carriers" in {@link Scheduler}), while that carrier stops
 * lingering. The carrier has offered itself; one thread wakes cell A and then cell B, and each push
 * that finds the stack empty claims the carrier if it can, else queues a drain; the carrier looks
 * for a claim once, as a spin of its linger does, then withdraws, as it does when its time is up,
 * and takes the batch if it was claimed. The arbiter takes the rest, as the queued drains would.
 *
 * <p>What must hold: every cell is taken exactly once, A before B; the carrier takes exactly when
 * it was claimed, and then finds the cell whose push claimed it (a claimed carrier that found the
 * stack empty would leave that cell to no one: no drain was queued for it); the carrier is claimed
 * at most once, since it offered itself once. Result: the first of the broken rules (0 = none; 1 a
 * cell lost or taken twice, 2 B before A, 3 a claimed carrier that took nothing or a carrier that
 * took unclaimed, 4 two claims), and how many cells the carrier took.
 */
@JCStressTest
@Description("A push claims a lingering carrier as it stops: each batch has one taker.")
@Outcome(id = "0, 0", expect = ACCEPTABLE, desc = "The carrier withdrew first; drains took both.")
@Outcome(id = "0, 1", expect = ACCEPTABLE, desc = "The carrier was claimed and took A.")
@Outcome(id = "0, 2", expect = ACCEPTABLE, desc = "The carrier was claimed and took A and B.")
@Outcome(expect = FORBIDDEN, desc = "A cell lost, doubled or out of order, or a wrong taker.")
@State
public class LingeringCarrierClaimRace {

    private final OutsideWakeUps stack = new OutsideWakeUps();
    /** The lingering carrier's identity; never started. */
    private final Thread carrier = new Thread(() -> { });
    private final DeferredWakeUpRace.Task a = new DeferredWakeUpRace.Task('A');
    private final DeferredWakeUpRace.Task b = new DeferredWakeUpRace.Task('B');
    private int claims;
    private int drains;
    private boolean claimed;
    private String carrierTook = "";

    /** Creates the state: the carrier lingers, offered. */
    public LingeringCarrierClaimRace() {
        stack.offer(carrier);
    }

    @Actor
    public void sender() {
        int claimsMade = 0;
        int drainsQueued = 0;
        if (stack.push(a)) {
            if (stack.claim()) {
                claimsMade++;
            } else {
                drainsQueued++;
            }
        }
        if (stack.push(b)) {
            if (stack.claim()) {
                claimsMade++;
            } else {
                drainsQueued++;
            }
        }
        claims = claimsMade;
        drains = drainsQueued;
    }

    @Actor
    public void lingeringCarrier() {
        claimed = !stack.stillOffered(carrier) || !stack.withdraw(carrier);
        if (claimed) {
            carrierTook = OutsideWakeUpRace.names(stack.takeAll());
        }
    }

    @Arbiter
    public void arbiter(II_Result r) {
        String rest = drains > 0 ? OutsideWakeUpRace.names(stack.takeAll()) : "";
        String all = carrierTook + rest;
        if (all.length() != 2 || all.indexOf('A') < 0 || all.indexOf('B') < 0) {
            r.r1 = 1;
        } else if (all.indexOf('B') < all.indexOf('A')) {
            r.r1 = 2;
        } else if (claimed != (claims == 1) || (claimed && carrierTook.isEmpty())) {
            r.r1 = claims > 1 ? 4 : 3;
        } else {
            r.r1 = 0;
        }
        r.r2 = carrierTook.length();
    }
}
