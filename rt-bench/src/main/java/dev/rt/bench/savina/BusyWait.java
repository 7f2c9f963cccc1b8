package dev.rt.bench.savina;

/**
 * Savina's busy wait, for the benchmarks that model time spent working (Sleeping Barber,
 * Cigarette Smokers): where Savina calls {@code Math.random()} {@code n} times, this does the same
 * arithmetic ({@code java.util.Random}'s {@code nextDouble}) on a local seed, so the wait is the
 * same deterministic loop in both runtimes, without the contended global generator.
 */
public final class BusyWait {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long MASK = (1L << 48) - 1;

    private BusyWait() {}

    /**
     * Spins for {@code iterations} steps, checked so that the JIT cannot drop them.
     *
     * @param iterations how many numbers to draw
     */
    public static void spin(int iterations) {
        long seed = iterations;
        double sum = 0;
        for (int k = 0; k < iterations; k++) {
            seed = (seed * MULTIPLIER + 0xBL) & MASK;
            long high = seed >>> 22;
            seed = (seed * MULTIPLIER + 0xBL) & MASK;
            long low = seed >>> 21;
            sum += ((high << 27) + low) * 0x1.0p-53;
        }
        if (!(sum >= 0)) {
            throw new IllegalStateException("unrealistic sum " + sum);
        }
    }
}
