package dev.rt.bench.savina.nqueens;

/**
 * What both runtimes share in N-Queens: the board check, the sequential search below the
 * threshold, and the known solution counts that the result is checked against.
 */
public final class NQueens {

    /** Solutions of the N-queens problem for N = 1 to 20 (Savina's {@code SOLUTIONS}). */
    private static final long[] SOLUTIONS = {1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2_680, 14_200,
        73_712, 365_596, 2_279_184, 14_772_512, 95_815_104, 666_090_624, 4_968_057_848L,
        39_029_188_884L};

    private NQueens() {}

    /**
     * {@return whether none of the first {@code n} queens attack each other}
     *
     * @param n queens placed
     * @param a the column of the queen of each row
     */
    public static boolean boardValid(int n, int[] a) {
        for (int i = 0; i < n; i++) {
            int p = a[i];
            for (int j = i + 1; j < n; j++) {
                int q = a[j];
                if (q == p || q == p - (j - i) || q == p + (j - i)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Places the remaining queens sequentially, as Savina's {@code nqueensKernelSeq}.
     *
     * @param size the board's size
     * @param a the columns of the queens placed, rows {@code 0} to {@code depth - 1}
     * @param depth queens placed
     * @param onSolution runs once per solution found
     */
    public static void solveSequentially(int size, int[] a, int depth, Runnable onSolution) {
        if (depth == size) {
            onSolution.run();
            return;
        }
        int[] b = new int[depth + 1];
        for (int i = 0; i < size; i++) {
            System.arraycopy(a, 0, b, 0, depth);
            b[depth] = i;
            if (boardValid(depth + 1, b)) {
                solveSequentially(size, b, depth + 1, onSolution);
            }
        }
    }

    /**
     * Checks the number of solutions the master counted.
     *
     * @param runtime the runtime's name, for the message
     * @param size the board's size, 1 to 20
     * @param limit the solutions limit: the search stops once it has that many
     * @param counted the solutions counted
     * @throws IllegalStateException if the count is wrong
     */
    public static void check(String runtime, int size, long limit, long counted) {
        long all = SOLUTIONS[size - 1];
        boolean valid = limit >= all ? counted == all : counted >= limit && counted <= all;
        if (!valid) {
            throw new IllegalStateException("N-Queens (" + runtime + "): counted " + counted
                    + " solutions for N = " + size + " (limit " + limit + "), expected "
                    + (limit >= all ? Long.toString(all) : "between " + limit + " and " + all));
        }
    }
}
