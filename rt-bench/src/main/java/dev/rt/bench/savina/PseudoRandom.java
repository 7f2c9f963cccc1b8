package dev.rt.bench.savina;

/**
 * Savina's own small generator ({@code PseudoRandom} in its reference implementation), used where
 * Savina uses it, so that both runtimes draw the same numbers: values in {@code [0, 65536)}.
 */
public final class PseudoRandom {

    /** The seed Savina uses when it names none. */
    public static final long DEFAULT_SEED = 74755;

    private long value;

    /**
     * Creates a generator.
     *
     * @param seed the first value
     */
    public PseudoRandom(long seed) {
        this.value = seed;
    }

    /** {@return the next value, in {@code [0, 65536)}} */
    public long nextLong() {
        value = ((value * 1309) + 13849) & 65535;
        return value;
    }

    /** {@return the next value, in {@code [0, 65536)}} */
    public int nextInt() {
        return (int) nextLong();
    }

    /**
     * {@return the next value modulo {@code bound}, in {@code [0, bound)}}
     *
     * @param bound the exclusive upper bound
     */
    public int nextInt(int bound) {
        return nextInt() % bound;
    }
}
