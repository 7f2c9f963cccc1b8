package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Counting: the counter. */
@ActorBehavior
public final class CountCounter implements Actor<CountCounter.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Adds one. */
        record Increment() implements Msg {}

        /**
         * Sends the total, then stops.
         *
         * @param sender where the total goes
         */
        record Retrieve(CountProducerHandle sender) implements Msg {}
    }

    private final Done done;
    private int count;

    /**
     * Creates the counter.
     *
     * @param done counted down when it stops
     */
    public CountCounter(Done done) {
        this.done = done;
    }

    void on(Msg.Increment m) {
        count++;
    }

    void on(Msg.Retrieve m, ActorContext<Msg> context) {
        m.sender().result(count);
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
