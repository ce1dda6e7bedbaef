package io.gossamer.scenarios.load;

import io.gossamer.scenarios.Units;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.LatencyProvider;
import io.gossamer.scenarios.spi.ModelSpec;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.Registries;
import io.gossamer.scenarios.spi.Registry;
import io.gossamer.scenarios.yaml.Keys;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a provider's {@link Param}s from a mapping of a scenario file into typed {@link Params}. */
final class ParamReader {
    private final Registries registries;
    private final Path baseDir;

    Path baseDir() {
        return baseDir;
    }

    Registries registries() {
        return registries;
    }

    ParamReader(Registries registries, Path baseDir) {
        this.registries = registries;
        this.baseDir = baseDir;
    }

    /**
     * Reads {@code params} from {@code mapping} (null for all defaults); keys in {@code common}
     * belong to the caller; any other key is an error naming the valid ones.
     */
    Params read(YamlNode.Mapping mapping, Location where, String path, List<Param> params, Set<String> common) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Location> locations = new HashMap<>();
        List<String> valid = new ArrayList<>(common);
        params.forEach(p -> valid.add(p.key()));
        // Every bad key and value of the mapping is reported, not only the first.
        List<ScenarioFileException> problems = new ArrayList<>();
        if (mapping != null) {
            for (YamlNode.Entry e : mapping.entries().values()) {
                if (!valid.contains(e.key())) {
                    problems.add(new ScenarioFileException(e.keyLocation(),
                            Keys.unknown("key", e.key(), valid, path.isEmpty() ? "" : "'" + path + "'")));
                }
            }
        }
        for (Param p : params) {
            String at = path.isEmpty() ? p.key() : path + "." + p.key();
            YamlNode.Entry e = mapping == null ? null : mapping.entries().get(p.key());
            try {
                if (e == null) {
                    if (p.isRequired()) {
                        throw new ScenarioFileException(mapping == null ? where : mapping.location(),
                                "'" + at + "' is required: " + p.doc() + " (" + p.kind().description() + ")");
                    }
                    values.put(p.key(), value(p, new YamlNode.Scalar(p.defaultValue(), where), at));
                } else {
                    values.put(p.key(), value(p, e.value(), at));
                    locations.put(p.key(), e.value().location());
                }
            } catch (ScenarioFileException bad) {
                problems.add(bad);
            }
        }
        if (!problems.isEmpty()) {
            throw ScenarioFileException.of(problems, false);
        }
        return new Params(values, locations, mapping == null ? where : mapping.location(), path);
    }

    /** The typed value of one parameter. */
    Object value(Param p, YamlNode node, String at) {
        return switch (p.kind()) {
            case DISTRIBUTION -> Distributions.read(node, at, baseDir);
            case LATENCY_MODEL -> model(node, at, registries.latencies(), "50ms", "constant", "delay");
            case LOSS_MODEL -> model(node, at, registries.losses(), "1%", "bernoulli", "rate");
            case NEIGHBOURS -> named(node, at, registries.neighbours());
            default -> scalarValue(p, node, at);
        };
    }

    private Object scalarValue(Param p, YamlNode node, String at) {
        if (!(node instanceof YamlNode.Scalar s) || s.text() == null) {
            throw new ScenarioFileException(node.location(),
                    "'" + at + "' must be " + p.kind().description() + ", not " + node.kind());
        }
        String text = s.text();
        try {
            return switch (p.kind()) {
                case DURATION -> Units.duration(text);
                case SIZE -> Units.size(text);
                case BIT_RATE -> Units.bitRate(text);
                case FRACTION -> Units.fraction(text);
                case INTEGER -> integer(text);
                case NUMBER -> number(text);
                case BOOLEAN -> bool(text);
                case PATH -> existingFile(text, node.location(), at);
                case TEXT -> choice(p, text);
                default -> throw new IllegalStateException(p.kind().name());
            };
        } catch (IllegalArgumentException e) {
            throw new ScenarioFileException(node.location(), "'" + at + "': " + e.getMessage());
        }
    }

    /** A file named relative to the scenario's folder; it must exist and be readable. */
    private Path existingFile(String text, Location location, String at) {
        Path file = baseDir.resolve(text).normalize();
        if (text.isEmpty()) {
            return file; // an optional path left out
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new ScenarioFileException(location, "'" + at + "': there is no file '" + text + "' (paths are relative to the"
                    + " scenario file's folder; looked for " + file + ")");
        }
        if (!java.nio.file.Files.isReadable(file)) {
            throw new ScenarioFileException(location, "'" + at + "': cannot read " + file + " (no permission)");
        }
        return file;
    }

    private static long integer(String text) {
        try {
            return Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a whole number, got '" + text + "'");
        }
    }

    private static double number(String text) {
        try {
            double d = Double.parseDouble(text);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException("expected a number, got '" + text + "'");
    }

    private static boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false, got '" + text + "'");
        };
    }

    private static String choice(Param p, String text) {
        if (!p.choices().isEmpty() && !p.choices().contains(text)) {
            throw new IllegalArgumentException(Keys.unknown("value", text, p.choices(), ""));
        }
        return text;
    }

    /**
     * A model: a scalar is the shorthand of {@code shorthandModel} with {@code shorthandKey}
     * set to it; a mapping names its model and parameters.
     */
    <T extends Provider> ModelSpec model(YamlNode node, String at, Registry<T> registry, String example,
            String shorthandModel, String shorthandKey) {
        if (node instanceof YamlNode.Scalar s && s.text() != null) {
            if (s.text().equals("none")) {
                return model(mappingOf(node.location(), "model", "none"), at, registry, example, shorthandModel, shorthandKey);
            }
            return model(mappingOf(node.location(), "model", shorthandModel, shorthandKey, s.text()), at, registry, example,
                    shorthandModel, shorthandKey);
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new ScenarioFileException(node.location(), "'" + at + "' must be a value like " + example
                    + " or a mapping {model: NAME, ...} (models: " + names(registry) + ")");
        }
        YamlNode.Entry modelKey = m.entries().get("model");
        if (modelKey == null || !(modelKey.value() instanceof YamlNode.Scalar ms) || ms.text() == null) {
            throw new ScenarioFileException(m.location(), "'" + at + ".model' is required: one of " + names(registry));
        }
        T provider = registry.get(ms.text(), ms.location());
        List<Param> declared = provider.parameters();
        if (provider instanceof LatencyProvider) {
            declared = new ArrayList<>(declared);
            declared.add(LatencyProvider.GRANULARITY);
        }
        Params params = read(m, m.location(), at, declared, Set.of("model"));
        if (provider instanceof LatencyProvider && m.entries().containsKey(LatencyProvider.GRANULARITY.key())
                && params.duration(LatencyProvider.GRANULARITY.key()) <= 0) {
            throw params.error(LatencyProvider.GRANULARITY.key(), "must be a positive duration, e.g. 1ms (leave it out for"
                    + " delays that are not rounded)");
        }
        return new ModelSpec(provider, params);
    }

    /**
     * A provider named by a scalar ({@code cyclon}) or by the {@code name} key of a mapping
     * with its parameters ({@code {name: cyclon, view-size: 30}}).
     */
    <T extends Provider> ModelSpec named(YamlNode node, String at, Registry<T> registry) {
        YamlNode.Mapping m;
        if (node instanceof YamlNode.Scalar s && s.text() != null) {
            m = mappingOf(node.location(), "name", s.text());
        } else if (node instanceof YamlNode.Mapping mapping) {
            m = mapping;
        } else {
            throw new ScenarioFileException(node.location(), "'" + at + "' must be a name or a mapping {name: NAME, ...} ("
                    + registry.what() + "s: " + names(registry) + ")");
        }
        YamlNode.Entry nameKey = m.entries().get("name");
        if (nameKey == null || !(nameKey.value() instanceof YamlNode.Scalar ns) || ns.text() == null) {
            throw new ScenarioFileException(m.location(), "'" + at + ".name' is required: one of " + names(registry));
        }
        T provider = registry.get(ns.text(), ns.location());
        return new ModelSpec(provider, read(m, m.location(), at, provider.parameters(), Set.of("name")));
    }

    static String names(Registry<?> registry) {
        List<String> names = new ArrayList<>();
        registry.all().forEach(p -> names.add(p.name()));
        return String.join(", ", names);
    }

    private static YamlNode.Mapping mappingOf(Location at, String... keyValues) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            entries.put(keyValues[i], new YamlNode.Entry(keyValues[i], at, new YamlNode.Scalar(keyValues[i + 1], at)));
        }
        return new YamlNode.Mapping(entries, at);
    }
}
