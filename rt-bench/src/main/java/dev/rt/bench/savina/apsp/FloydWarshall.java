package dev.rt.bench.savina.apsp;

import dev.rt.bench.savina.PseudoRandom;

/**
 * What both runtimes share in All-Pairs Shortest Path: Savina's graph, the blocks it is cut
 * into, the update of one block for one phase, and the sequential Floyd-Warshall that the
 * actors' result is checked against.
 *
 * <p>The {@code n × n} distance matrix is cut into {@code (n / b)²} blocks of {@code b × b};
 * block {@code id} covers rows {@code (id / (n / b)) * b ..} and columns {@code (id % (n / b)) *
 * b ..}, and is stored row by row in a {@code long[b * b]}.
 */
public final class FloydWarshall {

    private FloydWarshall() {}

    /**
     * {@return Savina's graph: a complete graph whose edge weights are drawn from its generator,
     * seeded with {@code n}, in {@code [1, maxWeight]}; 0 on the diagonal}
     *
     * @param n nodes
     * @param maxWeight the largest edge weight
     */
    public static long[][] graph(int n, int maxWeight) {
        PseudoRandom random = new PseudoRandom(n);
        long[][] g = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                long r = random.nextInt(maxWeight) + 1;
                g[i][j] = r;
                g[j][i] = r;
            }
        }
        return g;
    }

    /**
     * {@return a copy of one block of a matrix}
     *
     * @param matrix the matrix, {@code n × n}
     * @param id the block
     * @param b the side of a block
     */
    public static long[] block(long[][] matrix, int id, int b) {
        int perDim = matrix.length / b;
        int row0 = id / perDim * b;
        int col0 = id % perDim * b;
        long[] out = new long[b * b];
        for (int i = 0; i < b; i++) {
            System.arraycopy(matrix[row0 + i], col0, out, i * b, b);
        }
        return out;
    }

    /**
     * {@return the sequential Floyd-Warshall: shortest distances between all pairs}
     *
     * @param graph the edge weights, not changed
     */
    public static long[][] sequential(long[][] graph) {
        int n = graph.length;
        long[][] d = new long[n][];
        for (int i = 0; i < n; i++) {
            d[i] = graph[i].clone();
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                long dik = d[i][k];
                for (int j = 0; j < n; j++) {
                    d[i][j] = Math.min(d[i][j], dik + d[k][j]);
                }
            }
        }
        return d;
    }

    /**
     * Computes one block's values for phase {@code k}: {@code min(d[i][j], d[i][k] + d[k][j])},
     * from the phase before, as Savina's {@code performComputation}.
     *
     * @param id the block
     * @param k the phase: the intermediate node allowed from now on
     * @param n nodes
     * @param b the side of a block
     * @param blocks every block of the phase before by id; only this block's, those of its
     *     block row and those of its block column are read
     * @return the block's new values
     */
    public static long[] phase(int id, int k, int n, int b, long[][] blocks) {
        int perDim = n / b;
        long[] mine = blocks[id];
        long[] rowK = blocks[k / b * perDim + id % perDim]; // holds d[k][col0 ..]
        long[] colK = blocks[id / perDim * perDim + k / b]; // holds d[row0 .., k]
        int kr = k % b;
        long[] out = new long[b * b];
        for (int i = 0; i < b; i++) {
            long dik = colK[i * b + kr];
            for (int j = 0; j < b; j++) {
                out[i * b + j] = Math.min(mine[i * b + j], dik + rowK[kr * b + j]);
            }
        }
        return out;
    }

    /**
     * Copies one block's final values into the result, as each block does when it is done: the
     * blocks write disjoint parts of it.
     *
     * @param result the {@code n × n} result
     * @param id the block
     * @param b the side of a block
     * @param values the block's values
     */
    public static void store(long[][] result, int id, int b, long[] values) {
        int perDim = result.length / b;
        int row0 = id / perDim * b;
        int col0 = id % perDim * b;
        for (int i = 0; i < b; i++) {
            System.arraycopy(values, i * b, result[row0 + i], col0, b);
        }
    }

    /**
     * Checks the actors' result against the sequential one.
     *
     * @param runtime the runtime's name, for the message
     * @param actual the actors' distances
     * @param expected the sequential distances
     * @throws IllegalStateException at the first difference
     */
    public static void check(String runtime, long[][] actual, long[][] expected) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) {
                if (actual[i][j] != expected[i][j]) {
                    throw new IllegalStateException("All-Pairs Shortest Path (" + runtime
                            + "): d[" + i + "][" + j + "] = " + actual[i][j] + ", expected "
                            + expected[i][j]);
                }
            }
        }
    }
}
