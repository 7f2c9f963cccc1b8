package dev.rt.bench.savina.filterbank;

import java.util.Arrays;

/**
 * The filter bank computed sequentially, for the benchmark's check: the same delays, filters,
 * down-sampling and sums, in the same order, so the output is the one the sink must receive.
 */
final class Reference {

    private Reference() {}

    /**
     * {@return Savina's coefficients of the first ({@code first} true, Savina's H) or second (F)
     * filter of every channel}
     *
     * @param numChannels channels
     * @param numColumns coefficients per filter
     * @param first which filter
     */
    static double[][] coefficients(int numChannels, int numColumns, boolean first) {
        double[][] c = new double[numChannels][numColumns];
        for (int j = 0; j < numChannels; j++) {
            for (int i = 0; i < numColumns; i++) {
                c[j][i] = first
                        ? (1.0 * i * numColumns) + (1.0 * j * numChannels) + j + i + j + 1
                        : (1.0 * i * j) + (1.0 * j * j) + j + i;
            }
        }
        return c;
    }

    /**
     * {@return the values the sink receives, in order}
     *
     * @param numSimulations values the source sends
     * @param h the first filter's coefficients, per channel
     * @param f the second filter's coefficients, per channel
     */
    static double[] output(int numSimulations, double[][] h, double[][] f) {
        double[][] channels = new double[h.length][];
        for (int j = 0; j < h.length; j++) {
            channels[j] = channel(numSimulations, h[j], f[j]);
        }
        double[] sums = new double[channels[0].length];
        for (int k = 0; k < sums.length; k++) {
            double sum = 0;
            for (double[] channel : channels) {
                sum += channel[k];
            }
            sums[k] = sum;
        }
        return sums;
    }

    /**
     * {@return one channel's output: delay, filter, down-sample, delay, filter}
     *
     * @param numSimulations values the source sends
     * @param h the first filter's coefficients
     * @param f the second filter's coefficients
     */
    private static double[] channel(int numSimulations, double[] h, double[] f) {
        int numColumns = h.length;
        double[] delay1 = new double[numColumns - 1];
        double[] delay2 = new double[numColumns - 1];
        Fir fir1 = new Fir(h);
        Fir fir2 = new Fir(f);
        double[] out = new double[numSimulations];
        int count = 0;
        int place1 = 0;
        int place2 = 0;
        int samples = 0;
        for (int t = 0; t < numSimulations; t++) {
            double delayed = delay1[place1];
            delay1[place1] = t % 1000;
            place1 = (place1 + 1) % delay1.length;
            if (!fir1.push(delayed)) {
                continue;
            }
            // the down-sampler keeps one output of the first filter in numColumns: only those
            // need computing
            double sampled = samples == 0 ? fir1.sum() : 0;
            samples = (samples + 1) % numColumns;
            double delayed2 = delay2[place2];
            delay2[place2] = sampled;
            place2 = (place2 + 1) % delay2.length;
            if (fir2.push(delayed2)) {
                out[count++] = fir2.sum();
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** A FIR filter's window, as {@link FirFilter} keeps it. */
    private static final class Fir {
        private final double[] coefficients;
        private final double[] data;
        private int index;
        private boolean full;

        Fir(double[] coefficients) {
            this.coefficients = coefficients;
            this.data = new double[coefficients.length];
        }

        /** {@return whether the window is full, after taking {@code value}} */
        boolean push(double value) {
            data[index++] = value;
            if (index == data.length) {
                full = true;
                index = 0;
            }
            return full;
        }

        /** {@return the filter's output for the current window} */
        double sum() {
            double sum = 0.0;
            for (int i = 0; i < data.length; i++) {
                sum += data[i] * coefficients[data.length - i - 1];
            }
            return sum;
        }
    }
}
