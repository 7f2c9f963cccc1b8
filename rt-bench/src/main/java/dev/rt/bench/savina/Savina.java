package dev.rt.bench.savina;

/**
 * What the Savina benchmarks share: their work function and their pseudo-random numbers.
 *
 * <p>The parameters are the defaults of the Savina suite (Imam and Sarkar, AGERE 2014; the
 * {@code *Config} classes of its reference implementation): see {@link SavinaBenchmark}.
 */
public final class Savina {

    private Savina() {}

    /**
     * Savina's unit of work for the fork-join benchmarks: {@code sin(theta)^2}, checked so that
     * the JIT cannot drop it.
     *
     * @param theta the angle; Savina uses 37.2
     */
    public static void compute(double theta) {
        double sin = Math.sin(theta);
        double result = sin * sin;
        if (result <= 0) {
            throw new IllegalStateException("unrealistic result " + result);
        }
    }

    /** A small linear congruential generator, seeded per actor as Savina seeds its own. */
    public static final class Random {
        private long seed;

        /**
         * Creates a generator.
         *
         * @param seed the seed: the actor's id in Big
         */
        public Random(long seed) {
            this.seed = seed;
        }

        /**
         * {@return the next number in {@code [0, bound)}}
         *
         * @param bound the exclusive upper bound
         */
        public int nextInt(int bound) {
            seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            return (int) ((seed >>> 17) % bound);
        }
    }

    /** The colours of Chameneos. */
    public enum Color {
        /** Red. */
        RED,
        /** Yellow. */
        YELLOW,
        /** Blue. */
        BLUE,
        /** The colour of a chameneo that has left. */
        FADED;

        /**
         * {@return the colour of two chameneos after they meet}
         *
         * @param other the other one's colour
         */
        public Color complement(Color other) {
            if (this == FADED || other == FADED) {
                return FADED;
            }
            if (this == other) {
                return this;
            }
            // the third colour: neither this nor other
            return values()[3 - ordinal() - other.ordinal()];
        }
    }
}
