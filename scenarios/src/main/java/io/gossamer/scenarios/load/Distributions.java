package io.gossamer.scenarios.load;

import io.gossamer.scenarios.Units;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.Section;
import io.gossamer.scenarios.yaml.YamlNode;
import io.gossamer.sim.scenario.DurationDistribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a distribution of durations: {@code 100ms} (constant), {@code {exponential: 100ms}}
 * (mean), {@code {uniform: [1s, 2s]}}, {@code {normal: {mean: 1s, sd: 100ms}}},
 * {@code {lognormal: {mean: 1s, sd: 500ms}}}, {@code {pareto: {scale: 1s, shape: 2}}},
 * {@code {weibull: {scale: 1s, shape: 1.5}}}, {@code {empirical: file.txt}} (one duration
 * per line, '#' starts a comment).
 */
public final class Distributions {
    /** The distribution names a file may use. */
    public static final List<String> NAMES = List.of("constant", "exponential", "uniform", "normal", "lognormal", "pareto",
            "weibull", "empirical");

    private Distributions() {
    }

    /** Reads {@code node} (written at key path {@code path}); files resolve against {@code baseDir}. */
    public static DurationDistribution read(YamlNode node, String path, Path baseDir) {
        if (node instanceof YamlNode.Scalar s && s.text() != null) {
            return DurationDistribution.constant(duration(s, path));
        }
        if (!(node instanceof YamlNode.Mapping m) || m.entries().size() != 1) {
            throw new ScenarioFileException(node.location(), "'" + path + "' must be a duration (e.g. 100ms) or a mapping"
                    + " with one distribution (" + String.join(", ", NAMES) + "), e.g. {exponential: 100ms}");
        }
        YamlNode.Entry e = m.entries().values().iterator().next();
        String name = e.key();
        String at = path + "." + name;
        YamlNode v = e.value();
        try {
            return switch (name) {
                case "constant" -> DurationDistribution.constant(duration(v, at));
                case "exponential" -> DurationDistribution.exponential(positive(duration(v, at), v, at));
                case "uniform" -> uniform(v, at);
                case "normal" -> {
                    Section s = Section.of(v, at, List.of("mean", "sd")).checkKnown();
                    yield DurationDistribution.normal(duration(s.require("mean"), at + ".mean"), duration(s.require("sd"), at + ".sd"));
                }
                case "lognormal" -> {
                    Section s = Section.of(v, at, List.of("mean", "sd")).checkKnown();
                    double mean = positive(duration(s.require("mean"), at + ".mean"), s.get("mean"), at + ".mean");
                    double sd = positive(duration(s.require("sd"), at + ".sd"), s.get("sd"), at + ".sd");
                    // The normal of the logarithm that gives this mean and standard deviation.
                    double shape2 = StrictMath.log1p((sd * sd) / (mean * mean));
                    yield DurationDistribution.logNormal(StrictMath.log(mean) - shape2 / 2, Math.sqrt(shape2));
                }
                case "pareto" -> {
                    Section s = Section.of(v, at, List.of("scale", "shape")).checkKnown();
                    yield DurationDistribution.pareto(duration(s.require("scale"), at + ".scale"), number(s.require("shape"), at + ".shape"));
                }
                case "weibull" -> {
                    Section s = Section.of(v, at, List.of("scale", "shape")).checkKnown();
                    yield DurationDistribution.weibull(number(s.require("shape"), at + ".shape"), duration(s.require("scale"), at + ".scale"));
                }
                case "empirical" -> DurationDistribution.empirical(empirical(v, at, baseDir));
                default -> throw new ScenarioFileException(e.keyLocation(),
                        io.gossamer.scenarios.yaml.Keys.unknown("distribution", name, NAMES, "'" + path + "'"));
            };
        } catch (IllegalArgumentException bad) {
            throw new ScenarioFileException(v.location(), "'" + at + "': " + bad.getMessage());
        }
    }

    private static DurationDistribution uniform(YamlNode v, String at) {
        if (v instanceof YamlNode.Sequence s && s.items().size() == 2) {
            return DurationDistribution.uniform(duration(s.items().get(0), at), duration(s.items().get(1), at));
        }
        if (v instanceof YamlNode.Mapping) {
            Section s = Section.of(v, at, List.of("min", "max")).checkKnown();
            return DurationDistribution.uniform(duration(s.require("min"), at + ".min"), duration(s.require("max"), at + ".max"));
        }
        throw new ScenarioFileException(v.location(), "'" + at + "' must be [min, max] or {min: .., max: ..}, e.g. [1s, 2s]");
    }

    static long duration(YamlNode v, String at) {
        if (!(v instanceof YamlNode.Scalar s) || s.text() == null) {
            throw new ScenarioFileException(v.location(), "'" + at + "' must be a duration with a unit (e.g. 100ms), not " + v.kind());
        }
        try {
            return Units.duration(s.text());
        } catch (IllegalArgumentException e) {
            throw new ScenarioFileException(v.location(), "'" + at + "': " + e.getMessage());
        }
    }

    private static double number(YamlNode v, String at) {
        String text = v instanceof YamlNode.Scalar s ? s.text() : null;
        try {
            double d = Double.parseDouble(text);
            if (Double.isFinite(d) && d > 0) {
                return d;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // fall through to the message
        }
        throw new ScenarioFileException(v.location(), "'" + at + "' must be a positive number, got " + (text == null ? v.kind() : "'" + text + "'"));
    }

    private static double positive(long nanos, YamlNode v, String at) {
        if (nanos <= 0) {
            throw new ScenarioFileException(v.location(), "'" + at + "' must be a positive duration");
        }
        return nanos;
    }

    private static long[] empirical(YamlNode v, String at, Path baseDir) {
        if (!(v instanceof YamlNode.Scalar s) || s.text() == null) {
            throw new ScenarioFileException(v.location(), "'" + at + "' must be a file name (one duration per line)");
        }
        Path file = baseDir.resolve(s.text());
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ScenarioFileException(v.location(), "'" + at + "': no such file: " + file);
        } catch (IOException e) {
            throw new ScenarioFileException(v.location(), "'" + at + "': cannot read " + file + " (" + e.getMessage() + ")");
        }
        long[] values = new long[lines.size()];
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            try {
                values[n++] = Units.duration(line);
            } catch (IllegalArgumentException e) {
                throw new ScenarioFileException(new Location(file.toString(), i + 1, 1), e.getMessage());
            }
        }
        if (n == 0) {
            throw new ScenarioFileException(new Location(file.toString(), 1, 1), "no durations in the file (one per line, e.g. 120ms)");
        }
        return Arrays.copyOf(values, n);
    }
}
