package dev.rt.bench.savina.sieve;

import dev.rt.Actor;
import dev.rt.ActorContext;
import dev.rt.Terminated;
import dev.rt.annotation.ActorBehavior;
import dev.rt.bench.Done;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Savina Sieve: one filter of the chain, which holds up to M primes. A candidate that none of
 * them divides goes on to the next filter, or, at the end of the chain, is a new prime: kept
 * here while there is room, else the first prime of a new filter, spawned as this one's child.
 */
@ActorBehavior
public final class PrimeFilter implements Actor<PrimeFilter.Msg> {

    /** Its protocol. */
    public sealed interface Msg {
        /**
         * A number that no earlier filter's primes divide.
         *
         * @param value the number
         */
        record Candidate(long value) implements Msg {}

        /** No more candidates: pass it on, and stop once the rest of the chain has stopped. */
        record Exit() implements Msg {}
    }

    private final int id;
    private final long[] localPrimes;
    private final AtomicLong primes;
    private final Done done;
    private int availableLocalPrimes;
    private PrimeFilterHandle next;

    /**
     * Creates a filter.
     *
     * @param id its place in the chain, from 1
     * @param initialPrime its first prime
     * @param maxLocalPrimes the primes it holds at most (Savina's M)
     * @param primes set by the last filter to the number of primes found
     * @param done counted down when it stops, or null: only the first filter counts, whose stop
     *     comes after the whole chain's
     */
    public PrimeFilter(int id, long initialPrime, int maxLocalPrimes, AtomicLong primes,
            Done done) {
        this.id = id;
        this.localPrimes = new long[maxLocalPrimes];
        this.localPrimes[0] = initialPrime;
        this.availableLocalPrimes = 1;
        this.primes = primes;
        this.done = done;
    }

    /**
     * {@return whether none of the first {@code count} primes divides the candidate}
     *
     * @param candidate the number
     * @param primes the primes
     * @param count how many of them to try
     */
    static boolean isLocallyPrime(long candidate, long[] primes, int count) {
        for (int i = 0; i < count; i++) {
            if (candidate % primes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    void on(Msg.Candidate m, ActorContext<Msg> context) {
        if (!isLocallyPrime(m.value(), localPrimes, availableLocalPrimes)) {
            return;
        }
        if (next != null) {
            next.candidate(m.value());
        } else if (availableLocalPrimes < localPrimes.length) {
            localPrimes[availableLocalPrimes++] = m.value();
        } else {
            long prime = m.value();
            int childId = id + 1;
            int max = localPrimes.length;
            next = PrimeFilterHandle.spawn(context, "next",
                    () -> new PrimeFilter(childId, prime, max, primes, null));
            context.watch(next.ref());
        }
    }

    void on(Msg.Exit m, ActorContext<Msg> context) {
        if (next != null) {
            next.exit();
        } else {
            primes.set((long) (id - 1) * localPrimes.length + availableLocalPrimes);
            context.stop();
        }
    }

    @Override
    public void onTerminated(Terminated terminated, ActorContext<Msg> context) {
        context.stop();
    }

    @Override
    public void postStop() {
        if (done != null) {
            done.countDown();
        }
    }
}
