package io.gossamer.sim.net.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Each latency model's draws against its theoretical moments. N = 100,000 draws each; means
 * are checked to 5 standard errors (sd / sqrt(N)) and standard deviations to 5 standard errors
 * of the sample sd (sd * sqrt((kurtosis - 1) / 4N)). The streams are seeded, so the outcome
 * is fixed; the tolerances say that the fixed seed is not a lucky one: a model off by a few
 * per cent in mean or spread fails.
 */
class LatencyDistributionTest {
    private static final int N = 100_000;
    private static final double Z = 5;

    private static RandomStream stream(String name) {
        return new RandomStreams(20240611L).stream("test." + name, 0);
    }

    @Test
    void constantIsConstant() {
        Sample s = Sample.draw(new ConstantLatency(Time.ms(42)), stream("const"), 1000);
        assertEquals(42.0, s.min);
        assertEquals(42.0, s.max);
        assertEquals(42.0, s.mean, 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new ConstantLatency(-1));
    }

    @Test
    void uniformMatchesMeanSdAndBounds() {
        long a = Time.ms(20);
        long b = Time.ms(80);
        Sample s = Sample.draw(new UniformLatency(a, b), stream("uniform"), N);
        double width = 60;
        s.assertMean(50, width / Math.sqrt(12), Z);
        s.assertSd(width / Math.sqrt(12), 1.8, Z); // uniform kurtosis 9/5
        assertTrue(s.min >= 20 && s.max < 80, "draws outside [20, 80): " + s.min + ", " + s.max);
        // The smallest of N uniforms exceeds a + 10 * width / N with probability e^-10.
        assertTrue(s.min < 20 + 10 * width / N, "min " + s.min);
        assertTrue(s.max > 80 - 10 * width / N, "max " + s.max);
        // Quarter of the mass below the first quartile (binomial sd 0.00137).
        Sample.assertWithin(s.fraction(v -> v < 35), 0.25, Z * Math.sqrt(0.25 * 0.75 / N), "P(X < 35ms)");
    }

    @Test
    void uniformWithEqualBoundsIsConstant() {
        Sample s = Sample.draw(new UniformLatency(Time.ms(5), Time.ms(5)), stream("u0"), 100);
        assertEquals(5.0, s.min);
        assertEquals(5.0, s.max);
        assertThrows(IllegalArgumentException.class, () -> new UniformLatency(10, 9));
        assertThrows(IllegalArgumentException.class, () -> new UniformLatency(-1, 9));
    }

    @Test
    void normalMatchesMeanAndSd() {
        // Mean 10 sd above 0: clamping happens with probability ~1e-23, i.e. never.
        Sample s = Sample.draw(DistributionLatency.normal(50, 5), stream("normal"), N);
        s.assertMean(50, 5, Z);
        s.assertSd(5, 3, Z);
        // 68.27% within one sd (binomial sd of the fraction 0.0015).
        Sample.assertWithin(s.fraction(v -> Math.abs(v - 50) < 5), 0.6827, Z * Math.sqrt(0.6827 * 0.3173 / N),
                "P(|X - mu| < sigma)");
    }

    @Test
    void normalIsClampedAtZero() {
        // normal(1, 2): P(X <= 0) = Phi(-0.5) = 0.30854; those draws must become exactly 0.
        Sample s = Sample.draw(DistributionLatency.normal(1, 2), stream("clamp"), N);
        assertEquals(0.0, s.min);
        Sample.assertWithin(s.fraction(v -> v == 0), 0.30854, Z * Math.sqrt(0.30854 * 0.69146 / N), "P(X = 0)");
        // E[max(X, 0)] = mu * Phi(mu/sigma) + sigma * phi(mu/sigma) = 1*0.69146 + 2*0.35207 = 1.39560;
        // its sd is below that of X (2).
        s.assertMean(1.39560, 2, Z);
    }

    @Test
    void logNormalMatchesMeanSdAndMedian() {
        double mu = 3;
        double sigma = 0.5;
        double mean = Math.exp(mu + sigma * sigma / 2); // 22.76 ms
        double sd = mean * Math.sqrt(Math.exp(sigma * sigma) - 1); // 12.13 ms
        Sample s = Sample.draw(DistributionLatency.logNormal(mu, sigma), stream("lognormal"), N);
        s.assertMean(mean, sd, Z);
        double w = Math.exp(sigma * sigma);
        double kurtosis = w * w * w * w + 2 * w * w * w + 3 * w * w - 3;
        s.assertSd(sd, kurtosis, Z);
        // Median e^mu; half the draws below it.
        Sample.assertWithin(s.fraction(v -> v < Math.exp(mu)), 0.5, Z * Math.sqrt(0.25 / N), "P(X < e^mu)");
        assertTrue(s.min > 0);
    }

    @Test
    void exponentialMatchesMeanSdAndTail() {
        Sample s = Sample.draw(DistributionLatency.exponential(20), stream("exp"), N);
        s.assertMean(20, 20, Z);
        s.assertSd(20, 9, Z);
        double pAbove = Math.exp(-1);
        Sample.assertWithin(s.fraction(v -> v > 20), pAbove, Z * Math.sqrt(pAbove * (1 - pAbove) / N), "P(X > mean)");
        // The minimum of N exponentials is exponential with mean 20/N ms; below 20 * 10 / N w.p. 1 - e^-10.
        assertTrue(s.min >= 0 && s.min < 20.0 * 10 / N, "min " + s.min);
    }

    @Test
    void paretoMatchesMinimumMeanSdAndMedian() {
        double scale = 10;
        double alpha = 5; // finite fourth moment, so the sample sd converges at the usual rate
        double mean = alpha * scale / (alpha - 1); // 12.5
        double var = scale * scale * alpha / ((alpha - 1) * (alpha - 1) * (alpha - 2)); // 10.42
        Sample s = Sample.draw(DistributionLatency.pareto(scale, alpha), stream("pareto"), N);
        assertTrue(s.min >= scale, "pareto below its scale: " + s.min);
        // P(min > scale * (1 + 1e-4)) = (1 + 1e-4)^(-alpha N) = e^-50.
        assertTrue(s.min < scale * (1 + 1e-4), "min " + s.min);
        s.assertMean(mean, Math.sqrt(var), Z);
        double kurtosis = 3 + 6 * (alpha * alpha * alpha + alpha * alpha - 6 * alpha - 2)
                / (alpha * (alpha - 3) * (alpha - 4)); // 73.8 for alpha 5
        s.assertSd(Math.sqrt(var), kurtosis, Z);
        double median = scale * Math.pow(2, 1 / alpha);
        Sample.assertWithin(s.fraction(v -> v < median), 0.5, Z * Math.sqrt(0.25 / N), "P(X < median)");
    }

    @Test
    void distributionParametersAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> DistributionLatency.normal(50, 0));
        assertThrows(IllegalArgumentException.class, () -> DistributionLatency.logNormal(1, -1));
        assertThrows(IllegalArgumentException.class, () -> DistributionLatency.exponential(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> DistributionLatency.pareto(0, 2));
        assertThrows(IllegalArgumentException.class, () -> DistributionLatency.pareto(1, Double.POSITIVE_INFINITY));
    }

    @Test
    void sameStreamStateGivesSameDraws() {
        RandomStream a = stream("repeat");
        RandomStream b = stream("repeat");
        DistributionLatency model = DistributionLatency.logNormal(3, 1);
        for (int i = 0; i < 1000; i++) {
            // Alternating streams rebinds the model each time; draws must still follow each stream.
            assertEquals(model.delay(0, 1, a), model.delay(0, 1, b));
        }
    }
}
