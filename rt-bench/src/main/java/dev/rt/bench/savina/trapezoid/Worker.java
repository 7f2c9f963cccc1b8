package dev.rt.bench.savina.trapezoid;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Trapezoidal approximation: a worker, which integrates one slice of the interval. */
@ActorBehavior
public final class Worker implements Actor<Worker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Integrates {@code [l, r]}, sends the area to the master, and stops.
         *
         * @param l the left end
         * @param r the right end
         * @param h the width of one trapezoid
         */
        record Work(double l, double r, double h) implements Msg {}
    }

    private final MasterHandle master;
    private final int id;
    private final Done done;

    /**
     * Creates a worker.
     *
     * @param master gets the area
     * @param id its number
     * @param done counted down when it stops
     */
    public Worker(MasterHandle master, int id, Done done) {
        this.master = master;
        this.id = id;
        this.done = done;
    }

    void on(Msg.Work m, ActorContext<Msg> context) {
        master.result(Trapezoid.area(m.l(), m.r(), m.h()), id);
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
