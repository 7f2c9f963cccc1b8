package dev.rt.bench.savina.logmap;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/**
 * Savina Logistic Map: a series worker, which computes its series one term at a time by asking
 * its rate computer, one request at a time. A next-term request that arrives while it waits for
 * the computer's reply is counted and served after it, and a request for the term waits until
 * every term asked for before it is computed: Savina's Akka version stashes both meanwhile.
 *
 * <p>It sends the computer its own handle to answer to ({@code Compute}), or, when made {@code
 * byAsk}, asks ({@code ComputeRequest}) and takes the reply from the stage the generated handle
 * returns, as a message to itself: the same messages through the ask machinery.
 */
@ActorBehavior
public final class SeriesWorker implements Actor<SeriesWorker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Computes the next term. */
        record NextTerm() implements Msg {}

        /**
         * Tells {@code replyTo} the current term, once every term asked for earlier is computed.
         *
         * @param replyTo the master
         */
        record GetTerm(LogmapMasterHandle replyTo) implements Msg {}

        /**
         * The rate computer's reply.
         *
         * @param term the next term
         */
        record Computed(double term) implements Msg {}

        /** Stops. */
        record Exit() implements Msg {}
    }

    private final int series;
    private final RateComputerHandle computer;
    private final boolean byAsk;
    private final Done done;
    private SeriesWorkerHandle self;
    private double term;
    private boolean waiting;
    private int queued;
    private LogmapMasterHandle pendingGet;

    /**
     * Creates a series worker.
     *
     * @param series its series' number, which its answer to {@code GetTerm} carries
     * @param computer its rate computer
     * @param startTerm the first term of its series
     * @param byAsk whether it asks the computer, rather than send it its handle to answer to
     * @param done counted down when it stops
     */
    public SeriesWorker(int series, RateComputerHandle computer, double startTerm, boolean byAsk,
            Done done) {
        this.series = series;
        this.computer = computer;
        this.term = startTerm;
        this.byAsk = byAsk;
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

    void on(Msg.GetTerm m) {
        if (waiting) {
            pendingGet = m.replyTo();
        } else {
            m.replyTo().term(series, term);
        }
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
            pendingGet.term(series, term);
            pendingGet = null;
        }
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        context.stop();
    }

    /** Asks the computer for the next term; its reply comes back as {@link Msg.Computed}. */
    private void askNext() {
        waiting = true;
        if (byAsk) {
            computer.computeRequest(term).thenAccept(self::computed);
        } else {
            computer.compute(term, self);
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
