package io.gossamer.scenarios.spi;

import java.util.List;
import java.util.Objects;

/**
 * One parameter a protocol, model, metric or operation takes in a scenario file: its key,
 * type, default (as it would be written in the file; null when required) and a one-line
 * description. The parser, the JSON Schema and the docs all read these.
 *
 * @param key the key in the file
 * @param kind the value's type
 * @param defaultValue the default as written in a file, or null when the key is required
 * @param doc what it means
 * @param choices for {@link Kind#TEXT}: the valid values (empty for any)
 */
public record Param(String key, Kind kind, String defaultValue, String doc, List<String> choices) {
    /** Checks the fields. */
    public Param {
        Objects.requireNonNull(key);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(doc);
        choices = List.copyOf(choices);
    }

    /** A required parameter. */
    public static Param required(String key, Kind kind, String doc) {
        return new Param(key, kind, null, doc, List.of());
    }

    /** An optional parameter with a default written as in a file. */
    public static Param optional(String key, Kind kind, String defaultValue, String doc) {
        return new Param(key, kind, Objects.requireNonNull(defaultValue), doc, List.of());
    }

    /** A text parameter that takes one of {@code choices}; the first is the default. */
    public static Param choice(String key, String doc, String... choices) {
        return new Param(key, Kind.TEXT, choices[0], doc, List.of(choices));
    }

    /** True if the key must be given. */
    public boolean isRequired() {
        return defaultValue == null;
    }
}
