package io.gossamer.sim.net.model;

import io.gossamer.sim.Time;
import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.StreamDistribution;
import java.util.function.Function;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A delay in milliseconds drawn per message from a Commons Math distribution that draws from
 * the sender's Gossamer stream. Negative draws (possible with a normal) are clamped to 0.
 */
public final class DistributionLatency implements LatencyModel {
    private final String description;
    private final StreamDistribution distribution;

    /**
     * A latency drawn from {@code factory.apply(rng)}, whose values are milliseconds.
     *
     * @param description shown in reports, e.g. {@code normal(50ms, 10ms)}
     */
    public DistributionLatency(String description, Function<RandomGenerator, RealDistribution> factory) {
        this.description = description;
        this.distribution = new StreamDistribution(factory);
    }

    /** Normal with the given mean and standard deviation (ms). */
    public static DistributionLatency normal(double meanMs, double sdMs) {
        positive("standard deviation", sdMs);
        return new DistributionLatency("normal(" + meanMs + "ms, " + sdMs + "ms)",
                rng -> new NormalDistribution(rng, meanMs, sdMs));
    }

    /** Log-normal: the logarithm of the delay in ms is normal(scale, shape). */
    public static DistributionLatency logNormal(double scale, double shape) {
        positive("shape", shape);
        return new DistributionLatency("lognormal(" + scale + ", " + shape + ")",
                rng -> new LogNormalDistribution(rng, scale, shape));
    }

    /** Exponential with the given mean (ms). */
    public static DistributionLatency exponential(double meanMs) {
        positive("mean", meanMs);
        return new DistributionLatency("exponential(" + meanMs + "ms)",
                rng -> new ExponentialDistribution(rng, meanMs));
    }

    /** Pareto with the given scale (the minimum, ms) and shape. */
    public static DistributionLatency pareto(double scaleMs, double shape) {
        positive("scale", scaleMs);
        positive("shape", shape);
        return new DistributionLatency("pareto(" + scaleMs + "ms, " + shape + ")",
                rng -> new ParetoDistribution(rng, scaleMs, shape));
    }

    private static void positive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + value);
        }
    }

    @Override
    public long delay(int source, int destination, RandomStream random) {
        double ms = distribution.sample(random);
        return ms <= 0 ? 0 : Time.ms(ms);
    }

    @Override
    public String toString() {
        return description;
    }
}
