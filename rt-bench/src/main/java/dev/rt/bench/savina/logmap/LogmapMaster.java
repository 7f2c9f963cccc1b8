package dev.rt.bench.savina.logmap;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Savina Logistic Map: the master, which asks every series worker for all its terms at once, then
 * for its last term (sending its own handle for the answer); with every last term in, it sums
 * them, stops the workers and the computers, and stops.
 */
@ActorBehavior
public final class LogmapMaster implements Actor<LogmapMaster.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Starts the run. */
        record Start() implements Msg {}

        /**
         * A series' last term.
         *
         * @param series the series' number
         * @param term its last term
         */
        record Term(int series, double term) implements Msg {}
    }

    private final List<SeriesWorkerHandle> workers;
    private final List<RateComputerHandle> computers;
    private final int numTerms;
    private final AtomicReference<Double> sum;
    private final Done done;
    private final double[] terms;
    private int received;

    /**
     * Creates the master.
     *
     * @param workers the series workers, by series number
     * @param computers the rate computers
     * @param numTerms terms per series
     * @param sum set to the sum of the last terms, in series order
     * @param done counted down when it stops
     */
    public LogmapMaster(List<SeriesWorkerHandle> workers, List<RateComputerHandle> computers,
            int numTerms, AtomicReference<Double> sum, Done done) {
        this.workers = workers;
        this.computers = computers;
        this.numTerms = numTerms;
        this.sum = sum;
        this.done = done;
        this.terms = new double[workers.size()];
    }

    void on(Msg.Start m, LogmapMasterHandle self) {
        for (int i = 0; i < numTerms; i++) {
            for (SeriesWorkerHandle worker : workers) {
                worker.nextTerm();
            }
        }
        for (SeriesWorkerHandle worker : workers) {
            worker.getTerm(self);
        }
    }

    void on(Msg.Term m, ActorContext<Msg> context) {
        terms[m.series()] = m.term();
        if (++received < terms.length) {
            return;
        }
        double total = 0;
        for (double term : terms) {
            total += term;
        }
        sum.set(total);
        for (RateComputerHandle computer : computers) {
            computer.exit();
        }
        for (SeriesWorkerHandle worker : workers) {
            worker.exit();
        }
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
