package io.gossamer.scenarios.yaml;

import io.gossamer.scenarios.Units;
import java.util.List;
import java.util.Set;

/**
 * A mapping of a scenario file being read against the keys it may have: every read names
 * the file, line and column of a bad value, and {@link #checkKnown()} reports unknown keys with
 * the nearest valid one.
 */
public final class Section {
    private final YamlNode.Mapping mapping;
    private final String path;
    private final List<String> validKeys;

    private Section(YamlNode.Mapping mapping, String path, List<String> validKeys) {
        this.mapping = mapping;
        this.path = path;
        this.validKeys = List.copyOf(validKeys);
    }

    /**
     * The node as a section with the given keys.
     *
     * @param path the key path for messages, e.g. {@code network.latency} ("" at the top)
     * @throws ScenarioFileException if the node is not a mapping
     */
    public static Section of(YamlNode node, String path, List<String> validKeys) {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new ScenarioFileException(node.location(), (path.isEmpty() ? "the scenario" : "'" + path + "'")
                    + " must be a mapping of keys (" + String.join(", ", validKeys) + "), not " + node.kind());
        }
        return new Section(m, path, validKeys);
    }

    /** Fails if a key is not valid, naming every such key with the nearest valid one. */
    public Section checkKnown() {
        Set<String> valid = Set.copyOf(validKeys);
        List<ScenarioFileException> unknown = new java.util.ArrayList<>();
        for (YamlNode.Entry e : mapping.entries().values()) {
            if (!valid.contains(e.key())) {
                unknown.add(new ScenarioFileException(e.keyLocation(),
                        Keys.unknown("key", e.key(), validKeys, path.isEmpty() ? "" : "'" + path + "'")));
            }
        }
        if (!unknown.isEmpty()) {
            throw ScenarioFileException.of(unknown, false);
        }
        return this;
    }

    /** True if the key is present. */
    public boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    /** The value of a key, or null. */
    public YamlNode get(String key) {
        YamlNode.Entry e = mapping.entries().get(key);
        return e == null ? null : e.value();
    }

    /** Where the mapping starts. */
    public Location location() {
        return mapping.location();
    }

    /** The full key path of a key of this section. */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A required key's value. */
    public YamlNode require(String key) {
        YamlNode v = get(key);
        if (v == null) {
            throw new ScenarioFileException(mapping.location(), "'" + pathOf(key) + "' is required");
        }
        return v;
    }

    /** A duration in nanoseconds ("100ms"), or {@code otherwise} if absent. */
    public long duration(String key, long otherwise) {
        return has(key) ? parse(key, Units::duration) : otherwise;
    }

    /** A size in bytes ("1KiB"), or {@code otherwise} if absent. */
    public long size(String key, long otherwise) {
        return has(key) ? parse(key, Units::size) : otherwise;
    }

    /** A bit rate ("10Mbit/s"), or {@code otherwise} if absent. */
    public long bitRate(String key, long otherwise) {
        return has(key) ? parse(key, Units::bitRate) : otherwise;
    }

    /** A fraction in [0, 1] ("20%" or 0.2), or {@code otherwise} if absent. */
    public double fraction(String key, double otherwise) {
        return has(key) ? parse(key, Units::fraction) : otherwise;
    }

    /** A whole number at least {@code min}, or {@code otherwise} if absent. */
    public long integer(String key, long min, long otherwise) {
        if (!has(key)) {
            return otherwise;
        }
        String text = scalar(key);
        long value;
        try {
            value = Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new ScenarioFileException(get(key).location(),
                    "'" + pathOf(key) + "' must be a whole number, got '" + text + "'");
        }
        if (value < min) {
            throw new ScenarioFileException(get(key).location(),
                    "'" + pathOf(key) + "' must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** A yes/no value ({@code true} or {@code false}), or {@code otherwise} if absent. */
    public boolean flag(String key, boolean otherwise) {
        if (!has(key)) {
            return otherwise;
        }
        String text = scalar(key).trim().toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ScenarioFileException(get(key).location(),
                    "'" + pathOf(key) + "' must be true or false, got '" + text + "'");
        };
    }

    /** A text value, or {@code otherwise} if absent. */
    public String text(String key, String otherwise) {
        return has(key) ? scalar(key) : otherwise;
    }

    private String scalar(String key) {
        YamlNode v = get(key);
        if (!(v instanceof YamlNode.Scalar s) || s.text() == null) {
            throw new ScenarioFileException(v.location(), "'" + pathOf(key) + "' must be a single value, not " + v.kind());
        }
        return s.text();
    }

    private <T> T parse(String key, java.util.function.Function<String, T> parser) {
        String text = scalar(key);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new ScenarioFileException(get(key).location(), "'" + pathOf(key) + "': " + e.getMessage());
        }
    }
}
