package dev.rt.bench.savina.logmap;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Request;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Savina Logistic Map: a series worker, which computes its series one term at a time by asking
 * its rate computer, one request at a time. A next-term request that arrives while it waits for
 * the computer's reply is counted and served after it, and a request for the term waits until
 * every term asked for before it is computed: Savina's Akka version stashes both meanwhile.
 */
@ActorBehavior
public final class SeriesWorker implements Actor<SeriesWorker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Computes the next term. */
        record NextTerm() implements Msg {}

        /** Replies with the current term, once every term asked for earlier is computed. */
        record GetTerm() implements Msg, Request<Double> {}

        /**
         * The rate computer's reply.
         *
         * @param term the next term
         */
        record Computed(double term) implements Msg {}

        /** Stops. */
        record Exit() implements Msg {}
    }

    private final RateComputerHandle computer;
    private final Done done;
    private SeriesWorkerHandle self;
    private double term;
    private boolean waiting;
    private int queued;
    private CompletableFuture<Double> pendingGet;

    /**
     * Creates a series worker.
     *
     * @param computer its rate computer
     * @param startTerm the first term of its series
     * @param done counted down when it stops
     */
    public SeriesWorker(RateComputerHandle computer, double startTerm, Done done) {
        this.computer = computer;
        this.term = startTerm;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        self = SeriesWorkerHandle.of(context.self());
    }

    void on(Msg.NextTerm m) {
        if (waiting) {
            queued++;
        } else {
            askNext();
        }
    }

    CompletionStage<Double> on(Msg.GetTerm m) {
        if (!waiting) {
            return CompletableFuture.completedFuture(term);
        }
        pendingGet = new CompletableFuture<>();
        return pendingGet;
    }

    void on(Msg.Computed m) {
        term = m.term();
        if (queued > 0) {
            queued--;
            askNext();
            return;
        }
        waiting = false;
        if (pendingGet != null) {
            pendingGet.complete(term);
            pendingGet = null;
        }
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        context.stop();
    }

    /** Asks the computer for the next term; its reply comes back as {@link Msg.Computed}. */
    private void askNext() {
        waiting = true;
        computer.compute(term).thenAccept(self::computed);
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
