package io.gossamer.testing;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.opentest4j.AssertionFailedError;

/**
 * Small statistics helpers for tests of random behaviour: sample mean and standard deviation,
 * tolerance assertions with informative messages, and a chi-square test of uniformity.
 *
 * <p>All assertions report what was measured, the expected value, the tolerance and by how much
 * the measurement missed, so a failing statistical test can be judged from its message alone.
 */
public final class Stats {
    private Stats() {
    }

    /** Arithmetic mean; fails on an empty sample. */
    public static double mean(double[] values) {
        requireNonEmpty(values.length);
        // Kahan summation keeps large samples accurate.
        double sum = 0;
        double c = 0;
        for (double v : values) {
            double y = v - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum / values.length;
    }

    /** Arithmetic mean of integer values. */
    public static double mean(long[] values) {
        return mean(toDoubles(values));
    }

    /** Sample standard deviation (n - 1 in the denominator); needs at least two values. */
    public static double sd(double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("the standard deviation needs at least two values, got " + values.length);
        }
        double m = mean(values);
        double sq = 0;
        for (double v : values) {
            double d = v - m;
            sq += d * d;
        }
        return Math.sqrt(sq / (values.length - 1));
    }

    /** Sample standard deviation of integer values. */
    public static double sd(long[] values) {
        return sd(toDoubles(values));
    }

    /**
     * Asserts {@code |actual - expected| <= tolerance}.
     *
     * @param what what was measured, e.g. {@code "mean of 100000 Gaussian draws"}
     * @throws AssertionFailedError naming {@code what}, both values, the tolerance and the miss
     */
    public static void assertWithin(double actual, double expected, double tolerance, String what) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0: " + tolerance);
        }
        double miss = Math.abs(actual - expected);
        if (!(miss <= tolerance)) {
            throw new AssertionFailedError(String.format(Locale.ROOT,
                    "%s: expected %.6g \u00b1 %.3g but was %.6g (off by %.3g, %.2f times the tolerance)",
                    what, expected, tolerance, actual, miss, tolerance == 0 ? Double.POSITIVE_INFINITY : miss / tolerance),
                    expected, actual);
        }
    }

    /**
     * Asserts that the mean of {@code samples} is within {@code z} standard errors of
     * {@code expectedMean}, where the standard error is {@code expectedSd / sqrt(n)}.
     */
    public static void assertMeanWithinStandardErrors(
            double[] samples, double expectedMean, double expectedSd, double z, String what) {
        double standardError = expectedSd / Math.sqrt(samples.length);
        assertWithin(mean(samples), expectedMean, z * standardError,
                what + " (mean of " + samples.length + " samples, " + z + " standard errors)");
    }

    /**
     * The p-value of a chi-square test that {@code counts} (observations per category) come
     * from a uniform distribution over the categories. Small values mean "not uniform".
     */
    public static double chiSquareUniformityPValue(long[] counts) {
        if (counts.length < 2) {
            throw new IllegalArgumentException("a uniformity test needs at least two categories");
        }
        double[] expected = new double[counts.length];
        Arrays.fill(expected, 1.0);
        return new ChiSquareTest().chiSquareTest(expected, counts);
    }

    /** The chi-square statistic of {@code counts} against a uniform distribution. */
    public static double chiSquareUniformityStatistic(long[] counts) {
        double[] expected = new double[counts.length];
        Arrays.fill(expected, 1.0);
        return new ChiSquareTest().chiSquare(expected, counts);
    }

    /**
     * Asserts that {@code counts} are compatible with a uniform distribution: the chi-square
     * p-value is at least {@code minPValue} (use a generous bound such as 1e-6, so that a
     * correct generator practically never fails).
     */
    public static void assertUniform(long[] counts, double minPValue, String what) {
        double p = chiSquareUniformityPValue(counts);
        if (!(p >= minPValue)) {
            long total = 0;
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (long c : counts) {
                total += c;
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
            throw new AssertionFailedError(String.format(Locale.ROOT,
                    "%s: not uniform over %d categories (chi-square %.1f, p = %.3g < %.3g; "
                            + "%d observations, expected %.1f per category, counts from %d to %d)",
                    what, counts.length, chiSquareUniformityStatistic(counts), p, minPValue,
                    total, total / (double) counts.length, min, max));
        }
    }

    private static double[] toDoubles(long[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }

    private static void requireNonEmpty(int n) {
        if (n == 0) {
            throw new IllegalArgumentException("empty sample");
        }
    }
}
