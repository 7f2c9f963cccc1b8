package dev.rt.bench.savina.sor;

import dev.rt.bench.savina.PseudoRandom;

/**
 * What both runtimes share in Successive Over-Relaxation: the input matrix, the grid's shape, the
 * update rule and a sequential run of the same schedule that the actors' result is checked
 * against.
 *
 * <p>The grid is {@code size × size} cells, coloured as a checkerboard: cell {@code (x, y)} has
 * colour {@code (x + y + 1) % 2}. Colour 1 starts by sending its value; each cell then updates
 * its value whenever it has one value from each of its 2 to 4 neighbours. Colour 0 makes
 * {@code iterations} updates and colour 1 one fewer, as in Savina.
 */
public final class Sor {

    /** The relaxation factor, Savina's {@code OMEGA}. */
    public static final double OMEGA = 1.25;

    /** The seed of the input, Savina's {@code RANDOM_SEED}. */
    public static final long SEED = 10_101_010;

    /**
     * Relative difference allowed between the actors' sum and the sequential one: the actors add
     * their neighbours' values in the order they arrive, so the last bits may differ.
     */
    private static final double TOLERANCE = 1e-9;

    private Sor() {}

    /**
     * {@return Savina's input: {@code size × size} values of {@code 1e-6 / (r + 1)}}
     *
     * @param size the side of the grid
     */
    public static double[][] matrix(int size) {
        PseudoRandom random = new PseudoRandom(SEED);
        double[][] a = new double[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                a[i][j] = random.nextDouble() * 1e-6;
            }
        }
        return a;
    }

    /**
     * {@return the colour of a cell: 0 or 1}
     *
     * @param x its row
     * @param y its column
     */
    public static int color(int x, int y) {
        return (x + y + 1) % 2;
    }

    /**
     * {@return the positions ({@code x * columns + y}) of a cell's neighbours in a grid of
     * {@code rows × columns}, in Savina's order}
     *
     * @param x the cell's row
     * @param y the cell's column
     * @param rows rows of the grid
     * @param columns columns of the grid
     */
    public static int[] neighbors(int x, int y, int rows, int columns) {
        int[] all = new int[4];
        int n = 0;
        if (y + 1 < columns) {
            all[n++] = x * columns + y + 1;
        }
        if (x + 1 < rows) {
            all[n++] = (x + 1) * columns + y;
        }
        if (y > 0) {
            all[n++] = x * columns + y - 1;
        }
        if (x > 0) {
            all[n++] = (x - 1) * columns + y;
        }
        return java.util.Arrays.copyOf(all, n);
    }

    /**
     * {@return a cell's next value}
     *
     * @param value its value
     * @param sum the sum of its neighbours' values
     */
    public static double update(double value, double sum) {
        return 0.25 * OMEGA * sum + (1.0 - OMEGA) * value;
    }

    /**
     * Runs the actors' schedule sequentially.
     *
     * @param input the input matrix, not changed
     * @param iterations Savina's {@code JACOBI_NUM_ITER}
     * @return the sum of the final values of all cells
     */
    public static double sequential(double[][] input, int iterations) {
        int size = input.length;
        double[][] v = new double[size][];
        for (int i = 0; i < size; i++) {
            v[i] = input[i].clone();
        }
        for (int t = 1; t <= iterations; t++) {
            sweep(v, 0);
            if (t < iterations) {
                sweep(v, 1);
            }
        }
        double total = 0;
        for (double[] row : v) {
            for (double x : row) {
                total += x;
            }
        }
        return total;
    }

    private static void sweep(double[][] v, int color) {
        int size = v.length;
        for (int x = 0; x < size; x++) {
            for (int y = 0; y < size; y++) {
                if (color(x, y) == color) {
                    double sum = 0;
                    for (int p : neighbors(x, y, size, size)) {
                        sum += v[p / size][p % size];
                    }
                    v[x][y] = update(v[x][y], sum);
                }
            }
        }
    }

    /**
     * Checks the actors' sum against the sequential one.
     *
     * @param runtime the runtime's name, for the message
     * @param actual the actors' sum
     * @param expected the sequential sum
     * @throws IllegalStateException if they differ by more than rounding
     */
    public static void check(String runtime, double actual, double expected) {
        if (!(Math.abs(actual - expected) <= TOLERANCE * Math.abs(expected))) {
            throw new IllegalStateException("SOR (" + runtime + "): the cells' values add up to "
                    + actual + ", the sequential run to " + expected);
        }
    }
}
