package dev.rt.bench.savina.recmatmul;

/**
 * The data of Recursive Matrix Multiplication, which both runtimes share as Savina's actors do:
 * the factors {@code A[i][j] = i} and {@code B[i][j] = j}, made once, and the product {@code C},
 * fresh for each run, into which the workers add their blocks. All blocks of one quadrant of
 * {@code C} go to the same worker, so no two workers write the same entries.
 */
public final class Matrices {

    private final int n;
    private final double[][] a;
    private final double[][] b;
    private double[][] c;

    /**
     * Makes Savina's factors.
     *
     * @param n the side of the matrices
     */
    public Matrices(int n) {
        this.n = n;
        this.a = new double[n][n];
        this.b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = i;
                b[i][j] = j;
            }
        }
    }

    /** A zero product, for the next run. */
    public void clearProduct() {
        c = new double[n][n];
    }

    /** {@return the side of the matrices} */
    public int size() {
        return n;
    }

    /**
     * One piece of the product: adds {@code A[srA.., scA..] × B[srB.., scB..]}, {@code dim} wide,
     * into {@code C[srC.., scC..]}.
     *
     * @param srA first row in A
     * @param scA first column in A
     * @param srB first row in B
     * @param scB first column in B
     * @param srC first row in C
     * @param scC first column in C
     * @param numBlocks entries of the piece: {@code dim * dim}
     * @param dim its side
     */
    public record Block(int srA, int scA, int srB, int scB, int srC, int scC, int numBlocks,
            int dim) {

        /** {@return the eight pieces of half the side that make up this one, in Savina's order} */
        public Block[] split() {
            int h = dim / 2;
            int q = numBlocks / 4;
            return new Block[] {
                new Block(srA, scA, srB, scB, srC, scC, q, h),
                new Block(srA, scA + h, srB + h, scB, srC, scC, q, h),
                new Block(srA, scA, srB, scB + h, srC, scC + h, q, h),
                new Block(srA, scA + h, srB + h, scB + h, srC, scC + h, q, h),
                new Block(srA + h, scA, srB, scB, srC + h, scC, q, h),
                new Block(srA + h, scA + h, srB + h, scB, srC + h, scC, q, h),
                new Block(srA + h, scA, srB, scB + h, srC + h, scC + h, q, h),
                new Block(srA + h, scA + h, srB + h, scB + h, srC + h, scC + h, q, h)};
        }
    }

    /** {@return the whole product, the master's first piece of work} */
    public Block whole() {
        return new Block(0, 0, 0, 0, 0, 0, n * n, n);
    }

    /**
     * Adds one piece into the product, as a worker does.
     *
     * @param p the piece
     */
    public void multiply(Block p) {
        int endR = p.srC() + p.dim();
        int endC = p.scC() + p.dim();
        for (int i = p.srC(); i < endR; i++) {
            double[] ci = c[i];
            double[] ai = a[i];
            for (int j = p.scC(); j < endC; j++) {
                double sum = ci[j];
                for (int k = 0; k < p.dim(); k++) {
                    sum += ai[p.scA() + k] * b[p.srB() + k][j];
                }
                ci[j] = sum;
            }
        }
    }

    /**
     * Checks the whole product: {@code C[i][j]} must be {@code n * i * j}, exactly.
     *
     * @param runtime the runtime's name, for the message
     * @throws IllegalStateException at the first wrong entry
     */
    public void check(String runtime) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double expected = (double) n * i * j;
                if (c[i][j] != expected) {
                    throw new IllegalStateException("Recursive Matrix Multiplication (" + runtime
                            + "): C[" + i + "][" + j + "] = " + c[i][j] + ", expected "
                            + expected);
                }
            }
        }
    }
}
