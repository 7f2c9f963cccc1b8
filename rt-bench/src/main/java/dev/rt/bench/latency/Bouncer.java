package dev.rt.bench.latency;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Request;
import dev.rt.annotation.ActorBehavior;

/**
 * One of a pair of busy actors: on each ball it does a fixed amount of CPU work, then sends the
 * ball back to its partner. A pair keeps one message in flight, so it keeps one thread busy,
 * until it is halted.
 */
@ActorBehavior
public final class Bouncer implements Actor<Bouncer.Msg> {

    /** The bouncer's protocol. */
    public sealed interface Msg {
        /**
         * The ball.
         *
         * @param from the partner, where the ball goes back
         * @param value the result of the partner's work, the input of this one's
         */
        record Ball(BouncerHandle from, double value) implements Msg {}

        /** Asks for the number of balls handled so far. */
        record Count() implements Msg, Request<Long> {}

        /** Stops bouncing: the ball is dropped when it next comes, which ends the pair's load. */
        record Halt() implements Msg {}
    }

    private final int workUnits;
    private BouncerHandle self;
    private long balls;
    private boolean halted;

    /**
     * Creates a bouncer.
     *
     * @param workUnits the steps of {@link #work} per ball
     */
    public Bouncer(int workUnits) {
        this.workUnits = workUnits;
    }

    /**
     * The load's unit of CPU work, the same in both runtimes: {@code units} dependent steps of
     * Savina's work function ({@code sin} squared), each taking the last one's result, so that
     * the JIT can neither drop nor hoist them. About 20 ns a step.
     *
     * @param x the input, the result of the partner's work
     * @param units how many steps
     * @return the result, sent on with the ball
     */
    public static double work(double x, int units) {
        for (int i = 0; i < units; i++) {
            double sin = Math.sin(x);
            x = 37.2 + sin * sin;
        }
        return x;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        self = BouncerHandle.of(context.self());
    }

    void on(Msg.Ball m) {
        if (halted) {
            return;
        }
        balls++;
        m.from().ball(self, work(m.value(), workUnits));
    }

    long on(Msg.Count m) {
        return balls;
    }

    void on(Msg.Halt m) {
        halted = true;
    }
}
