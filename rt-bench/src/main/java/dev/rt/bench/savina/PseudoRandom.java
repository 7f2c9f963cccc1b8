package dev.rt.bench.savina;

/**
 * Savina's own pseudo-random generator (its {@code PseudoRandom}): a 16-bit linear congruential
 * generator that the suite uses to make the input of QuickSort, Radix Sort, All-Pairs Shortest
 * Path and Successive Over-Relaxation and the choices of Sleeping Barber and Cigarette Smokers,
 * so that each run of a benchmark, in either runtime, draws the same numbers.
 */
public final class PseudoRandom {

    /** The seed Savina uses when it names none. */
    public static final long DEFAULT_SEED = 74755;

    private long value;

    /**
     * Creates a generator.
     *
     * @param seed the seed, as the benchmark's configuration gives it
     */
    public PseudoRandom(long seed) {
        this.value = seed;
    }

    /** {@return the next number, in {@code [0, 65535]}} */
    public long nextLong() {
        value = (value * 1309 + 13849) & 65535;
        return value;
    }

    /** {@return the next number, in {@code [0, 65535]}} */
    public int nextInt() {
        return (int) nextLong();
    }

    /**
     * {@return the next number modulo {@code bound}, in {@code [0, bound)}}
     *
     * @param bound the exclusive upper bound
     */
    public int nextInt(int bound) {
        return nextInt() % bound;
    }

    /** {@return {@code 1 / (next + 1)}: a number in {@code (0, 1]}} */
    public double nextDouble() {
        return 1.0 / (nextLong() + 1);
    }
}
