package dev.rt.bench.savina.cigsmok;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import dev.rt.bench.savina.BusyWait;
import java.util.concurrent.atomic.LongAdder;

/** Savina Cigarette Smokers: a smoker, who smokes (busy-waits) whenever the arbiter says so. */
@ActorBehavior
public final class Smoker implements Actor<Smoker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Its ingredients are on the table: it takes them and smokes.
         *
         * @param busyWaitPeriod how long it smokes, in busy-wait steps
         */
        record StartSmoking(int busyWaitPeriod) implements Msg {}

        /** The game is over. */
        record Exit() implements Msg {}
    }

    private final ArbiterHandle arbiter;
    private final LongAdder smoked;
    private final Done done;
    private int cigarettes;

    /**
     * Creates a smoker.
     *
     * @param arbiter puts the ingredients on the table
     * @param smoked gets the cigarettes it smoked, when it stops
     * @param done counted down when it stops
     */
    public Smoker(ArbiterHandle arbiter, LongAdder smoked, Done done) {
        this.arbiter = arbiter;
        this.smoked = smoked;
        this.done = done;
    }

    void on(Msg.StartSmoking m) {
        cigarettes++;
        arbiter.startedSmoking();
        BusyWait.spin(m.busyWaitPeriod());
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        context.stop();
    }

    @Override
    public void postStop() {
        smoked.add(cigarettes);
        done.countDown();
    }
}
