package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Fork-Join throughput: a worker that does one unit of work per message. */
@ActorBehavior
public final class FjtWorker implements Actor<FjtWorker.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** One unit of work. */
        record Work() implements Msg {}
    }

    private final int total;
    private final Done done;
    private int processed;

    /**
     * Creates a worker.
     *
     * @param total messages it handles before it stops
     * @param done counted down when it stops
     */
    public FjtWorker(int total, Done done) {
        this.total = total;
        this.done = done;
    }

    void on(Msg.Work m, ActorContext<Msg> context) {
        processed++;
        Savina.compute(37.2);
        if (processed == total) {
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
