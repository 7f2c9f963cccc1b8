package dev.rt.bench.savina;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Counting: the producer, which sends N increments and then asks for the total. */
@ActorBehavior
public final class CountProducer implements Actor<CountProducer.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /** Starts the run. */
        record Increment() implements Msg {}

        /**
         * The counter's total.
         *
         * @param result the total
         */
        record Result(int result) implements Msg {}
    }

    private final int n;
    private final CountCounterHandle counter;
    private final Done done;

    /**
     * Creates the producer.
     *
     * @param n increments to send
     * @param counter the counter
     * @param done counted down when it stops
     */
    public CountProducer(int n, CountCounterHandle counter, Done done) {
        this.n = n;
        this.counter = counter;
        this.done = done;
    }

    void on(Msg.Increment m, CountProducerHandle self) {
        for (int i = 0; i < n; i++) {
            counter.increment();
        }
        counter.retrieve(self);
    }

    void on(Msg.Result m, ActorContext<Msg> context) {
        if (m.result() != n) {
            throw new IllegalStateException("expected " + n + ", counted " + m.result());
        }
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
