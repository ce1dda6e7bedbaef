package io.gossamer.scenarios.yaml;

import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so that every later check can point at
 * the offending line and column.
 */
public sealed interface YamlNode {

    /** Where the value starts. */
    Location location();

    /** A short name of the kind of value, for messages ("a mapping", "a list", "a value"). */
    String kind();

    /** A scalar, kept as the text written (null for YAML null). */
    record Scalar(String text, Location location) implements YamlNode {
        @Override
        public String kind() {
            return text == null ? "nothing (null)" : "a value";
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, Location location) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A mapping; keys keep their order and their own location. */
    record Mapping(Map<String, Entry> entries, Location location) implements YamlNode {
        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /**
     * One key of a mapping.
     *
     * @param key the key
     * @param keyLocation where the key is written
     * @param value its value
     */
    record Entry(String key, Location keyLocation, YamlNode value) {
    }
}
