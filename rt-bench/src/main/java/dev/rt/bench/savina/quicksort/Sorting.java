package dev.rt.bench.savina.quicksort;

import dev.rt.bench.savina.PseudoRandom;
import java.util.Arrays;

/**
 * What both runtimes share in QuickSort: the input, the three-way filters around a pivot, the
 * sequential sort below the threshold (Savina's {@code quicksortSeq}, which filters too), and the
 * check of the output.
 */
public final class Sorting {

    /** The side of a fragment relative to its parent's data. */
    public enum Position {
        /** The whole input: the root sorter. */
        INITIAL,
        /** The values below the parent's pivot. */
        LEFT,
        /** The values above the parent's pivot. */
        RIGHT
    }

    private Sorting() {}

    /**
     * {@return Savina's input: {@code n} values {@code |r % max|} of its generator}
     *
     * @param n values
     * @param max the bound of the values (Savina's {@code M})
     * @param seed the generator's seed
     */
    public static long[] input(int n, long max, long seed) {
        PseudoRandom random = new PseudoRandom(seed);
        long[] data = new long[n];
        for (int i = 0; i < n; i++) {
            data[i] = Math.abs(random.nextLong() % max);
        }
        return data;
    }

    /**
     * {@return the values below the pivot, in their order}
     *
     * @param data the values
     * @param pivot the pivot
     */
    public static long[] lessThan(long[] data, long pivot) {
        long[] out = new long[data.length];
        int n = 0;
        for (long v : data) {
            if (v < pivot) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * {@return the values equal to the pivot}
     *
     * @param data the values
     * @param pivot the pivot
     */
    public static long[] equalTo(long[] data, long pivot) {
        long[] out = new long[data.length];
        int n = 0;
        for (long v : data) {
            if (v == pivot) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * {@return the values above the pivot, in their order}
     *
     * @param data the values
     * @param pivot the pivot
     */
    public static long[] greaterThan(long[] data, long pivot) {
        long[] out = new long[data.length];
        int n = 0;
        for (long v : data) {
            if (v > pivot) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * {@return the arrays, one after the other}
     *
     * @param parts the arrays
     */
    public static long[] concat(long[]... parts) {
        int length = 0;
        for (long[] part : parts) {
            length += part.length;
        }
        long[] out = new long[length];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    /**
     * Sorts sequentially, as Savina's {@code quicksortSeq}: filters around the middle value and
     * sorts each side recursively.
     *
     * @param data the values, not changed
     * @return a sorted copy
     */
    public static long[] sequential(long[] data) {
        if (data.length < 2) {
            return data;
        }
        long pivot = data[data.length / 2];
        return concat(sequential(lessThan(data, pivot)), equalTo(data, pivot),
                sequential(greaterThan(data, pivot)));
    }

    /**
     * Checks the sorters' output.
     *
     * @param runtime the runtime's name, for the message
     * @param sorted the output
     * @param expected the input sorted by {@link Arrays#sort(long[])}
     * @throws IllegalStateException if they differ
     */
    public static void check(String runtime, long[] sorted, long[] expected) {
        if (sorted == null) {
            throw new IllegalStateException("QuickSort (" + runtime + "): no output");
        }
        if (!Arrays.equals(sorted, expected)) {
            int at = Arrays.mismatch(sorted, expected);
            throw new IllegalStateException("QuickSort (" + runtime + "): the output of "
                    + sorted.length + " values differs from the input sorted (" + expected.length
                    + " values) at index " + at);
        }
    }
}
