package io.gossamer.scenarios.spi;

/** The type of a parameter's value, with the units it takes. */
public enum Kind {
    /** A duration with a unit: "100ms", "2s"; read as nanoseconds ({@code long}). */
    DURATION("a duration with a unit, e.g. 100ms, 2s, 1.5min"),
    /** A size with a unit: "1KiB", "10MB"; read as bytes ({@code long}). */
    SIZE("a size with a unit, e.g. 512B, 1KiB, 10MB"),
    /** A bit rate with a unit: "10Mbit/s"; read as bits per second ({@code long}). */
    BIT_RATE("a bit rate with a unit, e.g. 10Mbit/s, 1Gbit/s, 100KB/s"),
    /** A share in [0, 1]: "20%" or 0.2; read as a {@code double}. */
    FRACTION("a fraction in [0, 1], e.g. 20% or 0.2"),
    /** A whole number; read as a {@code long}. */
    INTEGER("a whole number"),
    /** A real number; read as a {@code double}. */
    NUMBER("a number"),
    /** Free text. */
    TEXT("text"),
    /** true or false. */
    BOOLEAN("true or false"),
    /** A distribution of durations: "100ms" (constant) or e.g. {exponential: 100ms}. */
    DISTRIBUTION("a duration (constant) or a distribution, e.g. {exponential: 100ms}, {uniform: [1s, 2s]}"),
    /** A file path, relative to the scenario file. */
    PATH("a file path, relative to the scenario file"),
    /** A latency model: "50ms" (constant) or {model: NAME, ...}. */
    LATENCY_MODEL("a latency: 50ms (constant) or {model: NAME, ...}"),
    /** A loss model: "1%" (independent losses) or {model: NAME, ...}. */
    LOSS_MODEL("a loss: 1% (independent losses) or {model: NAME, ...}"),
    /** A neighbour source: "overlay" or {name: cyclon, view-size: 30}. */
    NEIGHBOURS("a neighbour source: NAME or {name: NAME, ...}");

    private final String description;

    Kind(String description) {
        this.description = description;
    }

    /** What a valid value looks like, for messages and docs. */
    public String description() {
        return description;
    }
}
