package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Fork-Join create: a worker that handles one message and stops. */
@ActorBehavior
public final class FjcWorker implements Actor<FjcWorker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** The one unit of work. */
        record Work() implements Msg {}
    }

    private final Done done;

    /**
     * Creates a worker.
     *
     * @param done counted down when it stops
     */
    public FjcWorker(Done done) {
        this.done = done;
    }

    void on(Msg.Work m, ActorContext<Msg> context) {
        Savina.compute(37.2);
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
