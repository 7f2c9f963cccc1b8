package dev.rt.bench.savina.trapezoid;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.function.DoubleConsumer;

/**
 * Savina Trapezoidal approximation: the master, which spawns the workers, splits the interval
 * evenly among them and adds up their areas.
 */
@ActorBehavior
public final class Master implements Actor<Master.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Integrates {@code [l, r]} with trapezoids of width {@code h}.
         *
         * @param l the left end
         * @param r the right end
         * @param h the width of one trapezoid
         */
        record Work(double l, double r, double h) implements Msg {}

        /**
         * A worker's area.
         *
         * @param result the area of its slice
         * @param workerId the worker
         */
        record Result(double result, int workerId) implements Msg {}
    }

    private final WorkerHandle[] workers;
    private final DoubleConsumer area;
    private final Done done;
    private int numTermsReceived;
    private double resultArea;

    /**
     * Creates the master.
     *
     * @param numWorkers workers it spawns, as its children
     * @param area told the whole area, once every worker has answered
     * @param done counted down when it stops, and by each worker
     */
    public Master(int numWorkers, DoubleConsumer area, Done done) {
        this.workers = new WorkerHandle[numWorkers];
        this.area = area;
        this.done = done;
    }

    @Override
    public void preStart(ActorContext<Msg> context) {
        MasterHandle self = MasterHandle.of(context.self());
        for (int i = 0; i < workers.length; i++) {
            int id = i;
            workers[i] = WorkerHandle.spawn(context, "worker" + i,
                    () -> new Worker(self, id, done));
        }
    }

    void on(Msg.Work m) {
        double workerRange = (m.r() - m.l()) / workers.length;
        for (int i = 0; i < workers.length; i++) {
            double wl = (workerRange * i) + m.l();
            workers[i].work(wl, wl + workerRange, m.h());
        }
    }

    void on(Msg.Result m, ActorContext<Msg> context) {
        numTermsReceived++;
        resultArea += m.result();
        if (numTermsReceived == workers.length) {
            area.accept(resultArea);
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
