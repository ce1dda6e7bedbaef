package io.gossamer.sim.net.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.testing.Stats;

/** Summary statistics of many latency draws, in milliseconds. */
final class Sample {
    final int n;
    final double mean;
    final double sd;
    final double min;
    final double max;
    final double[] values;

    private Sample(double[] values) {
        this.values = values;
        this.n = values.length;
        this.mean = Stats.mean(values);
        this.sd = Stats.sd(values);
        this.min = java.util.Arrays.stream(values).min().orElse(Double.NaN);
        this.max = java.util.Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** {@code n} delays of node 0 to node 1 drawn from {@code stream}, in ms. */
    static Sample draw(LatencyModel model, RandomStream stream, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            long d = model.delay(0, 1, stream);
            assertTrue(d >= 0, "negative delay " + d);
            v[i] = d / 1e6;
        }
        return new Sample(v);
    }

    /** Fraction of values for which {@code test} holds. */
    double fraction(java.util.function.DoublePredicate test) {
        int k = 0;
        for (double v : values) {
            if (test.test(v)) {
                k++;
            }
        }
        return k / (double) n;
    }

    /** The median. */
    double median() {
        double[] s = values.clone();
        java.util.Arrays.sort(s);
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /**
     * Asserts that the sample mean is within {@code z} standard errors of {@code expected},
     * the standard error being {@code trueSd / sqrt(n)}.
     */
    void assertMean(double expected, double trueSd, double z) {
        double tol = z * trueSd / Math.sqrt(n);
        assertWithin(mean, expected, tol, "mean");
    }

    /**
     * Asserts that the sample standard deviation is within {@code z} of its standard error,
     * {@code sd * sqrt((kurtosis - 1) / (4 n))} with the given (non-excess) kurtosis.
     */
    void assertSd(double expected, double kurtosis, double z) {
        double tol = z * expected * Math.sqrt((kurtosis - 1) / (4.0 * n));
        assertWithin(sd, expected, tol, "standard deviation");
    }

    static void assertWithin(double actual, double expected, double tol, String what) {
        assertTrue(Math.abs(actual - expected) <= tol,
                () -> what + " " + actual + " not within " + tol + " of " + expected);
    }
}
