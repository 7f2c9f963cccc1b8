package dev.rt.bench.savina.logmap;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Request;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/**
 * Savina Logistic Map: a rate computer, which computes the next term of a series at its rate. It
 * answers the term to the worker handle that the request carries ({@link Msg.Compute}, as
 * Savina's and Pekko's computers answer the sender), or, for the ask variant of the benchmark,
 * through the reply stage of a request ({@link Msg.ComputeRequest}).
 */
@ActorBehavior
public final class RateComputer implements Actor<RateComputer.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Tells {@code replyTo} the term that follows {@code term}.
         *
         * @param term the current term
         * @param replyTo the worker that gets the next term
         */
        record Compute(double term, SeriesWorkerHandle replyTo) implements Msg {}

        /**
         * Replies with the term that follows {@code term}: the same computation, asked.
         *
         * @param term the current term
         */
        record ComputeRequest(double term) implements Msg, Request<Double> {}

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

    void on(Msg.Compute m) {
        m.replyTo().computed(nextTerm(m.term(), rate));
    }

    double on(Msg.ComputeRequest m) {
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
