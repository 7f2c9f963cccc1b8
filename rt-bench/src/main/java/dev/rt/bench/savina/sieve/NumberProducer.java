package dev.rt.bench.savina.sieve;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;

/** Savina Sieve: the producer, which sends the odd numbers from 3 below N down the chain. */
@ActorBehavior
public final class NumberProducer implements Actor<NumberProducer.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * Sends the candidates to {@code filter}, then the end, and stops.
         *
         * @param filter the first filter of the chain
         */
        record Start(PrimeFilterHandle filter) implements Msg {}
    }

    private final long limit;
    private final Done done;

    /**
     * Creates the producer.
     *
     * @param limit the exclusive upper bound of the candidates
     * @param done counted down when it stops
     */
    public NumberProducer(long limit, Done done) {
        this.limit = limit;
        this.done = done;
    }

    void on(Msg.Start m, ActorContext<Msg> context) {
        for (long candidate = 3; candidate < limit; candidate += 2) {
            m.filter().candidate(candidate);
        }
        m.filter().exit();
        context.stop();
    }

    @Override
    public void postStop() {
        done.countDown();
    }
}
