package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.LatencyProvider;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.sim.Time;
import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.net.model.ConstantLatency;
import io.gossamer.sim.net.model.CoordinateLatency;
import io.gossamer.sim.net.model.DistributionLatency;
import io.gossamer.sim.net.model.MatrixLatency;
import io.gossamer.sim.net.model.UniformLatency;
import io.gossamer.sim.random.RandomStreams;
import java.util.List;
import java.util.function.BiFunction;

/** The latency models a scenario can name ({@code network.latency.model}). */
public final class Latencies {
    private Latencies() {
    }

    private abstract static class Base extends BaseProvider implements LatencyProvider {
        private final BiFunction<Params, RandomStreams, LatencyModel> factory;

        Base(String name, String description, List<Param> params, BiFunction<Params, RandomStreams, LatencyModel> factory) {
            super(name, description, params);
            this.factory = factory;
        }

        @Override
        public LatencyModel create(Params p, RandomStreams streams) {
            try {
                return factory.apply(p, streams);
            } catch (IllegalArgumentException e) {
                throw new io.gossamer.scenarios.yaml.ScenarioFileException(p.location(), e.getMessage());
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / (double) Time.MILLISECOND;
    }

    /** Every message takes the same time. */
    public static final class Constant extends Base {
        /** Registered with ServiceLoader. */
        public Constant() {
            super("constant", "the same one-way delay for every message",
                    List.of(Param.required("delay", Kind.DURATION, "one-way delay")),
                    (p, s) -> new ConstantLatency(p.duration("delay")));
        }
    }

    /** Uniform between two bounds. */
    public static final class Uniform extends Base {
        /** Registered with ServiceLoader. */
        public Uniform() {
            super("uniform", "one-way delay drawn uniformly between min and max",
                    List.of(Param.required("min", Kind.DURATION, "smallest delay"), Param.required("max", Kind.DURATION, "largest delay")),
                    (p, s) -> {
                        if (p.duration("max") < p.duration("min")) {
                            throw p.error("max", "must not be less than min");
                        }
                        return new UniformLatency(p.duration("min"), p.duration("max"));
                    });
        }
    }

    /** Normal, clamped at 0. */
    public static final class Normal extends Base {
        /** Registered with ServiceLoader. */
        public Normal() {
            super("normal", "one-way delay from a normal distribution (negative draws count as 0)",
                    List.of(Param.required("mean", Kind.DURATION, "mean delay"), Param.required("sd", Kind.DURATION, "standard deviation")),
                    (p, s) -> DistributionLatency.normal(ms(p.duration("mean")), ms(p.duration("sd"))));
        }
    }

    /** Log-normal given by its mean and standard deviation. */
    public static final class LogNormal extends Base {
        /** Registered with ServiceLoader. */
        public LogNormal() {
            super("lognormal", "one-way delay from a log-normal distribution with the given mean and standard deviation",
                    List.of(Param.required("mean", Kind.DURATION, "mean delay"), Param.required("sd", Kind.DURATION, "standard deviation")),
                    (p, s) -> {
                        double mean = ms(p.duration("mean"));
                        double sd = ms(p.duration("sd"));
                        if (mean <= 0 || sd <= 0) {
                            throw p.error("mean", "and sd must be positive for a log-normal");
                        }
                        double shape2 = StrictMath.log1p(sd * sd / (mean * mean));
                        return DistributionLatency.logNormal(StrictMath.log(mean) - shape2 / 2, Math.sqrt(shape2));
                    });
        }
    }

    /** Exponential. */
    public static final class Exponential extends Base {
        /** Registered with ServiceLoader. */
        public Exponential() {
            super("exponential", "one-way delay from an exponential distribution",
                    List.of(Param.required("mean", Kind.DURATION, "mean delay")),
                    (p, s) -> DistributionLatency.exponential(ms(p.duration("mean"))));
        }
    }

    /** Pareto (heavy tail). */
    public static final class Pareto extends Base {
        /** Registered with ServiceLoader. */
        public Pareto() {
            super("pareto", "one-way delay from a Pareto distribution (heavy tail)",
                    List.of(Param.required("scale", Kind.DURATION, "the smallest delay"), Param.required("shape", Kind.NUMBER, "tail index (larger: lighter tail)")),
                    (p, s) -> DistributionLatency.pareto(ms(p.duration("scale")), p.number("shape")));
        }
    }

    /** A measured matrix of pairwise delays. */
    public static final class Matrix extends Base {
        /** Registered with ServiceLoader. */
        public Matrix() {
            super("matrix", "pairwise one-way delays in milliseconds from a file (full or upper-triangular matrix)",
                    List.of(Param.required("file", Kind.PATH, "the matrix file")),
                    (p, s) -> MatrixLatency.load(p.path("file")));
        }
    }

    /** Positions in a plane. */
    public static final class Coordinates extends Base {
        /** Registered with ServiceLoader. */
        public Coordinates() {
            super("coordinates", "nodes at random points of a square; delay = distance x per-unit + access delays",
                    List.of(Param.optional("side", Kind.NUMBER, "1000", "side of the square, in units"),
                            Param.optional("per-unit", Kind.DURATION, "100us", "delay per unit of distance"),
                            Param.optional("access", Kind.DURATION, "0ms", "access delay added at each end")),
                    (p, s) -> new CoordinateLatency(s, p.number("side"), p.duration("per-unit"), p.duration("access")));
        }
    }
}
