package dev.rt.bench.savina.sieve;

import dev.rt.bench.Done;
import dev.rt.bench.savina.PekkoTwin;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.Terminated;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

/**
 * The Pekko twins of {@link NumberProducer} and {@link PrimeFilter}: the same chain, messages and
 * work, written as a Pekko user writes them ({@link AbstractBehavior} and a receive builder).
 */
public final class PekkoSieve {

    private PekkoSieve() {}

    /** Twin of {@link NumberProducer}. */
    public static final class Producer extends PekkoTwin<Producer.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * Sends the candidates to {@code filter}, then the end, and stops.
         *
         * @param filter the first filter of the chain
         */
        public record Start(ActorRef<Filter.Msg> filter) implements Msg {}

        private final long limit;

        private Producer(ActorContext<Msg> ctx, long limit, Done done) {
            super(ctx, done);
            this.limit = limit;
        }

        /**
         * {@return the behavior}
         *
         * @param limit the exclusive upper bound of the candidates
         * @param done counted down when it stops
         */
        public static Behavior<Msg> create(long limit, Done done) {
            return Behaviors.setup(ctx -> new Producer(ctx, limit, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Start.class, m -> {
                        for (long candidate = 3; candidate < limit; candidate += 2) {
                            m.filter().tell(new Filter.Candidate(candidate));
                        }
                        m.filter().tell(Filter.Exit.INSTANCE);
                        return Behaviors.stopped();
                    })
                    .build();
        }
    }

    /** Twin of {@link PrimeFilter}. */
    public static final class Filter extends PekkoTwin<Filter.Msg> {
        /** The protocol. */
        public sealed interface Msg {}

        /**
         * A number that no earlier filter's primes divide.
         *
         * @param value the number
         */
        public record Candidate(long value) implements Msg {}

        /** No more candidates: pass it on, and stop once the rest of the chain has stopped. */
        public enum Exit implements Msg { INSTANCE }

        private final int id;
        private final long[] localPrimes;
        private final AtomicLong primes;
        private int availableLocalPrimes;
        private ActorRef<Msg> next;

        private Filter(ActorContext<Msg> ctx, int id, long initialPrime, int maxLocalPrimes,
                AtomicLong primes, Done done) {
            super(ctx, done);
            this.id = id;
            this.localPrimes = new long[maxLocalPrimes];
            this.localPrimes[0] = initialPrime;
            this.availableLocalPrimes = 1;
            this.primes = primes;
        }

        /**
         * {@return the behavior}
         *
         * @param id its place in the chain, from 1
         * @param initialPrime its first prime
         * @param maxLocalPrimes the primes it holds at most (Savina's M)
         * @param primes set by the last filter to the number of primes found
         * @param done counted down when it stops, or null: only the first filter counts, whose
         *     stop comes after the whole chain's
         */
        public static Behavior<Msg> create(int id, long initialPrime, int maxLocalPrimes,
                AtomicLong primes, Done done) {
            return Behaviors.setup(ctx ->
                    new Filter(ctx, id, initialPrime, maxLocalPrimes, primes, done));
        }

        @Override
        public Receive<Msg> createReceive() {
            return receive()
                    .onMessage(Candidate.class, m -> {
                        if (!PrimeFilter.isLocallyPrime(m.value(), localPrimes,
                                availableLocalPrimes)) {
                            return this;
                        }
                        if (next != null) {
                            next.tell(new Candidate(m.value()));
                        } else if (availableLocalPrimes < localPrimes.length) {
                            localPrimes[availableLocalPrimes++] = m.value();
                        } else {
                            next = getContext().spawn(create(id + 1, m.value(),
                                    localPrimes.length, primes, null), "next");
                            getContext().watch(next);
                        }
                        return this;
                    })
                    .onMessage(Exit.class, m -> {
                        if (next != null) {
                            next.tell(Exit.INSTANCE);
                            return this;
                        }
                        primes.set((long) (id - 1) * localPrimes.length + availableLocalPrimes);
                        return Behaviors.stopped();
                    })
                    .onSignal(Terminated.class, t -> Behaviors.stopped())
                    .build();
        }
    }
}
