package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.LatencyProvider;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.ProviderSet;
import io.gossamer.scenarios.spi.Providers;
import io.gossamer.scenarios.yaml.ScenarioFileException;
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
public final class Latencies implements ProviderSet {
    private static final Param MEAN = Param.required("mean", Kind.DURATION, "mean delay");
    private static final Param SD = Param.required("sd", Kind.DURATION, "standard deviation");

    @Override
    public List<Provider> providers() {
        return List.of(
                latency("constant", "the same one-way delay for every message", (p, s) -> new ConstantLatency(p.duration("delay")),
                        Param.required("delay", Kind.DURATION, "one-way delay")),
                latency("uniform", "one-way delay drawn uniformly between min and max", (p, s) -> {
                    if (p.duration("max") < p.duration("min")) {
                        throw p.error("max", "must not be less than min");
                    }
                    return new UniformLatency(p.duration("min"), p.duration("max"));
                }, Param.required("min", Kind.DURATION, "smallest delay"), Param.required("max", Kind.DURATION, "largest delay")),
                latency("normal", "one-way delay from a normal distribution (negative draws count as 0)",
                        (p, s) -> DistributionLatency.normal(ms(p, "mean"), ms(p, "sd")), MEAN, SD),
                latency("lognormal", "one-way delay from a log-normal distribution with the given mean and standard deviation",
                        Latencies::logNormal, MEAN, SD),
                latency("exponential", "one-way delay from an exponential distribution",
                        (p, s) -> DistributionLatency.exponential(ms(p, "mean")), MEAN),
                latency("pareto", "one-way delay from a Pareto distribution (heavy tail)",
                        (p, s) -> DistributionLatency.pareto(ms(p, "scale"), p.number("shape")),
                        Param.required("scale", Kind.DURATION, "the smallest delay"),
                        Param.required("shape", Kind.NUMBER, "tail index (larger: lighter tail)")),
                latency("matrix", "pairwise one-way delays in milliseconds from a file (full or upper-triangular matrix)",
                        (p, s) -> MatrixLatency.load(p.path("file")), Param.required("file", Kind.PATH, "the matrix file")),
                latency("coordinates", "nodes at random points of a square; delay = distance x per-unit + access delays",
                        (p, s) -> new CoordinateLatency(s, p.number("side"), p.duration("per-unit"), p.duration("access")),
                        Param.optional("side", Kind.NUMBER, "1000", "side of the square, in units"),
                        Param.optional("per-unit", Kind.DURATION, "100us", "delay per unit of distance"),
                        Param.optional("access", Kind.DURATION, "0ms", "access delay added at each end")));
    }

    /** A latency model whose values the model itself may reject: its message becomes a scenario-file error. */
    private static LatencyProvider latency(String name, String description, BiFunction<Params, RandomStreams, LatencyModel> create,
            Param... params) {
        return Providers.latency(name, description, (p, s) -> {
            try {
                return create.apply(p, s);
            } catch (IllegalArgumentException e) {
                throw new ScenarioFileException(p.location(), e.getMessage());
            }
        }, params);
    }

    private static LatencyModel logNormal(Params p, RandomStreams streams) {
        double mean = ms(p, "mean");
        double sd = ms(p, "sd");
        if (mean <= 0 || sd <= 0) {
            throw p.error("mean", "and sd must be positive for a log-normal");
        }
        double shape2 = StrictMath.log1p(sd * sd / (mean * mean));
        return DistributionLatency.logNormal(StrictMath.log(mean) - shape2 / 2, Math.sqrt(shape2));
    }

    private static double ms(Params p, String key) {
        return p.duration(key) / (double) Time.MILLISECOND;
    }
}
