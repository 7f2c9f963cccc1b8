package dev.rt.bench.savina.logmap;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Request;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Logistic Map: a rate computer, which computes the next term of a series at its rate. */
@ActorBehavior
public final class RateComputer implements Actor<RateComputer.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Replies with the term that follows {@code term}.
         *
         * @param term the current term
         */
        record Compute(double term) implements Msg, Request<Double> {}

        /** Stops. */
        record Exit() implements Msg {}
    }

    private final double rate;
    private final Done done;

    /**
     * Creates a rate computer.
     *
     * @param rate its rate
     * @param done counted down when it stops
     */
    public RateComputer(double rate, Done done) {
        this.rate = rate;
        this.done = done;
    }

    /**
     * {@return the term of the logistic map that follows {@code term}: {@code rate * term * (1 -
     * term)}}
     *
     * @param term the current term
     * @param rate the rate
     */
    static double nextTerm(double term, double rate) {
        return rate * term * (1 - term);
    }

    double on(Msg.Compute m) {
        return nextTerm(m.term(), rate);
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
