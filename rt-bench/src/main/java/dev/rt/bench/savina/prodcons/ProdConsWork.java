package dev.rt.bench.savina.prodcons;

import java.util.Random;

/** The busy work of Savina's producers and consumers, shared by RT's actors and Pekko's twins. */
final class ProdConsWork {

    private ProdConsWork() {}

    /**
     * Savina's {@code processItem}: adds {@code 100 * cost} logarithms of pseudo-random numbers
     * (one when {@code cost} is 0), from a generator seeded with {@code cost}, as Savina does.
     *
     * @param item the value to start from
     * @param cost the amount of work, Savina's producer or consumer cost
     * @return the new value
     */
    static double process(double item, int cost) {
        double result = item;
        Random random = new Random(cost);
        int rounds = cost > 0 ? cost * 100 : 1;
        for (int i = 0; i < rounds; i++) {
            result += Math.log(Math.abs(random.nextDouble()) + 0.01);
        }
        return result;
    }
}
