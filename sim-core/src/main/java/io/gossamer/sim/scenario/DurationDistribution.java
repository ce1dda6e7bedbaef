package io.gossamer.sim.scenario;

import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.StreamDistribution;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A distribution of durations in nanoseconds, such as the time between two operations of a
 * {@link StochasticProcess} or a session length. Draws come from the stream passed in, so a
 * process's timing depends only on the master seed and the process's name. Negative draws
 * (possible with a normal) are clamped to 0.
 */
public interface DurationDistribution {

    /** One draw, in nanoseconds (not negative). */
    long sample(RandomStream random);

    /** The mean in nanoseconds (before clamping), for reports. */
    double mean();

    /** Always {@code nanos}. */
    static DurationDistribution constant(long nanos) {
        Checks.notNegative("constant duration", nanos);
        return new Constant(nanos);
    }

    /** Uniform in [{@code min}, {@code max}) nanoseconds. */
    static DurationDistribution uniform(long min, long max) {
        Checks.notNegative("uniform minimum", min);
        if (max < min) {
            throw new IllegalArgumentException("uniform needs min <= max, got [" + min + ", " + max + ")");
        }
        return new Uniform(min, max);
    }

    /** Exponential with the given mean: the gaps of a Poisson process. */
    static DurationDistribution exponential(double meanNanos) {
        Checks.positive("exponential mean", meanNanos);
        return new FromCommonsMath("exponential", meanNanos, rng -> new ExponentialDistribution(rng, meanNanos));
    }

    /** Normal with the given mean and standard deviation (nanoseconds), clamped at 0. */
    static DurationDistribution normal(double meanNanos, double sdNanos) {
        Checks.positive("normal standard deviation", sdNanos);
        return new FromCommonsMath("normal", meanNanos, rng -> new NormalDistribution(rng, meanNanos, sdNanos));
    }

    /** Log-normal: the natural logarithm of the duration in nanoseconds is normal(scale, shape). */
    static DurationDistribution logNormal(double scale, double shape) {
        Checks.positive("log-normal shape", shape);
        return new FromCommonsMath("lognormal", StrictMath.exp(scale + shape * shape / 2),
                rng -> new LogNormalDistribution(rng, scale, shape));
    }

    /** Pareto with the given scale (the minimum, nanoseconds) and shape. */
    static DurationDistribution pareto(double scaleNanos, double shape) {
        Checks.positive("Pareto scale", scaleNanos);
        Checks.positive("Pareto shape", shape);
        double mean = shape > 1 ? shape * scaleNanos / (shape - 1) : Double.POSITIVE_INFINITY;
        return new FromCommonsMath("pareto", mean, rng -> new ParetoDistribution(rng, scaleNanos, shape));
    }

    /** Weibull with the given shape and scale (nanoseconds). */
    static DurationDistribution weibull(double shape, double scaleNanos) {
        Checks.positive("Weibull shape", shape);
        Checks.positive("Weibull scale", scaleNanos);
        double mean = scaleNanos * org.apache.commons.math3.special.Gamma.gamma(1 + 1 / shape);
        return new FromCommonsMath("weibull", mean, rng -> new WeibullDistribution(rng, shape, scaleNanos));
    }

    /** One of the given durations (e.g. measured ones), each equally likely. */
    static DurationDistribution empirical(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("an empirical distribution needs at least one value");
        }
        for (long v : nanos) {
            Checks.notNegative("empirical duration", v);
        }
        return new Empirical(nanos.clone());
    }

    /** Argument checks with clear messages. */
    final class Checks {
        private Checks() {
        }

        static void notNegative(String what, long value) {
            if (value < 0) {
                throw new IllegalArgumentException(what + " cannot be negative: " + value + "ns");
            }
        }

        static void positive(String what, double value) {
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException(what + " must be positive and finite, got " + value);
            }
        }
    }

    /** See {@link #constant(long)}. */
    record Constant(long nanos) implements DurationDistribution {
        @Override
        public long sample(RandomStream random) {
            return nanos;
        }

        @Override
        public double mean() {
            return nanos;
        }
    }

    /** See {@link #uniform(long, long)}. */
    record Uniform(long min, long max) implements DurationDistribution {
        @Override
        public long sample(RandomStream random) {
            return max == min ? min : min + random.nextLong(max - min);
        }

        @Override
        public double mean() {
            return (min + (double) max) / 2;
        }
    }

    /** See {@link #empirical(long[])}. */
    final class Empirical implements DurationDistribution {
        private final long[] values;

        Empirical(long[] values) {
            this.values = values;
        }

        @Override
        public long sample(RandomStream random) {
            return values[random.nextInt(values.length)];
        }

        @Override
        public double mean() {
            return Arrays.stream(values).average().orElse(0);
        }

        @Override
        public String toString() {
            return "empirical(" + values.length + " values)";
        }
    }

    /** A Commons Math distribution drawing from the stream it is given. */
    final class FromCommonsMath implements DurationDistribution {
        private final String name;
        private final double mean;
        private final StreamDistribution distribution;

        FromCommonsMath(String name, double mean, Function<RandomGenerator, RealDistribution> factory) {
            this.name = name;
            this.mean = mean;
            this.distribution = new StreamDistribution(factory);
        }

        @Override
        public long sample(RandomStream random) {
            double v = distribution.sample(random);
            return v <= 0 ? 0 : v >= Long.MAX_VALUE / 2.0 ? Long.MAX_VALUE / 2 : Math.round(v);
        }

        @Override
        public double mean() {
            return mean;
        }

        @Override
        public String toString() {
            return name + "(mean " + mean + "ns)";
        }
    }
}
