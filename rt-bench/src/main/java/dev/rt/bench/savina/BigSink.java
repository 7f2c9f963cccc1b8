package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.List;

/** Savina Big: the sink, which stops everything once every actor is done. */
@ActorBehavior
public final class BigSink implements Actor<BigSink.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * All actors.
         *
         * @param neighbors the actors
         */
        record Neighbors(List<BigActorHandle> neighbors) implements Msg {}

        /** One actor is done. */
        record Exit() implements Msg {}
    }

    private final int numWorkers;
    private final Done done;
    private int numMessages;
    private List<BigActorHandle> neighbors;

    /**
     * Creates the sink.
     *
     * @param numWorkers actors to wait for
     * @param done counted down when it stops
     */
    public BigSink(int numWorkers, Done done) {
        this.numWorkers = numWorkers;
        this.done = done;
    }

    void on(Msg.Neighbors m) {
        neighbors = m.neighbors();
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        if (++numMessages == numWorkers) {
            for (BigActorHandle worker : neighbors) {
                worker.exit();
            }
            context.stop();
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
