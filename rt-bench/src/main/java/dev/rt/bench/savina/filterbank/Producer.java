package dev.rt.bench.savina.filterbank;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Filter Bank: the producer, which boots the source once per simulation, one at a time. */
@ActorBehavior
public final class Producer implements Actor<Producer.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * The source is ready for the next simulation.
         *
         * @param source the source
         */
        record Next(SourceHandle source) implements Msg {}
    }

    private final int numSimulations;
    private final Done done;
    private int numMessagesSent;

    /**
     * Creates the producer.
     *
     * @param numSimulations values the source sends
     * @param done counted down when it stops
     */
    public Producer(int numSimulations, Done done) {
        this.numSimulations = numSimulations;
        this.done = done;
    }

    void on(Msg.Next m, ActorContext<Msg> context) {
        if (numMessagesSent == numSimulations) {
            m.source().exit();
            context.stop();
        } else {
            m.source().boot();
            numMessagesSent++;
        }
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
