package dev.rt.bench.savina.sortedlist;

/**
 * The 16-bit linear congruential generator that Savina's sorted-list workers draw from (Savina's
 * {@code PseudoRandom}): numbers in {@code [0, 65536)}.
 */
final class SmallRandom {

    private long state;

    /**
     * Creates a generator.
     *
     * @param seed the first state
     */
    SmallRandom(long seed) {
        this.state = seed;
    }

    /** {@return the next number, in {@code [0, 65536)}} */
    int nextInt() {
        state = (state * 1309 + 13849) & 0xFFFF;
        return (int) state;
    }

    /**
     * {@return the next number reduced modulo {@code bound}}
     *
     * @param bound the exclusive upper bound
     */
    int nextInt(int bound) {
        return nextInt() % bound;
    }
}
