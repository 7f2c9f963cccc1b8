package dev.rt.bench.savina.trapezoid;

/** Savina Trapezoidal approximation: the integrand and a worker's work, shared by both runtimes. */
public final class Trapezoid {

    private Trapezoid() {}

    /**
     * {@return Savina's integrand, {@code sin(x^3 - 1) / (x + 1) * sqrt(1 + e^sqrt(2x))}}
     *
     * @param x the point
     */
    public static double fx(double x) {
        double a = Math.sin(Math.pow(x, 3) - 1);
        double b = x + 1;
        double c = a / b;
        double d = Math.sqrt(1 + Math.exp(Math.sqrt(2 * x)));
        return c * d;
    }

    /**
     * {@return the trapezoidal approximation of the integral of {@link #fx} over {@code [l, r]}}
     *
     * @param l the left end
     * @param r the right end
     * @param h the width of one trapezoid; there are {@code (int) ((r - l) / h)} of them
     */
    public static double area(double l, double r, double h) {
        int n = (int) ((r - l) / h);
        double area = 0;
        for (int i = 0; i < n; i++) {
            double lx = (i * h) + l;
            double rx = lx + h;
            area += 0.5 * (fx(lx) + fx(rx)) * h;
        }
        return area;
    }
}
