package io.gossamer.experiments.report;

import io.gossamer.scenarios.Units;
import java.util.Collection;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * How swept values, kept as written in the scenario ({@code 10%}, {@code 100ms}, {@code 3}),
 * map to numbers on a chart axis. Each kind plots in one display unit; values that do not all
 * share a kind are plotted as categories instead.
 */
public enum ValueKind {
    /** A plain number, plotted as is. */
    NUMBER("", ValueKind::plainNumber),
    /** A fraction ({@code 20%} or {@code 0.2}), plotted in percent. */
    FRACTION("%", text -> Units.fraction(text) * 100),
    /** A duration, plotted in milliseconds. */
    DURATION("ms", text -> Units.duration(text) / 1e6),
    /** A size, plotted in bytes. */
    SIZE("bytes", text -> Units.size(text)),
    /** A bit rate, plotted in bit/s. */
    BIT_RATE("bit/s", text -> Units.bitRate(text));

    // Stricter than Double.parseDouble, which also takes "NaN", "Infinity", "0x1p3" and "1d".
    private static final Pattern PLAIN_NUMBER =
            Pattern.compile("\\s*[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?\\s*");

    private final String unit;
    private final ToDoubleFunction<String> parser;

    ValueKind(String unit, ToDoubleFunction<String> parser) {
        this.unit = unit;
        this.parser = parser;
    }

    /** The display unit, empty for plain numbers. */
    public String unit() {
        return unit;
    }

    /** The value in the display unit; an {@link IllegalArgumentException} if it is not of this kind. */
    public double toNumber(String text) {
        return parser.applyAsDouble(text);
    }

    /** An axis label: the name, followed by the unit in parentheses if there is one. */
    public String label(String name) {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    /**
     * The first kind (in declaration order, so plain numbers win) that every value parses as,
     * or empty if there is none and the values are categories. No values: empty.
     */
    public static Optional<ValueKind> common(Collection<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        for (ValueKind kind : values()) {
            if (values.stream().allMatch(kind::accepts)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static double plainNumber(String text) {
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("not a plain number: " + text);
        }
        return Double.parseDouble(text.strip());
    }

    private boolean accepts(String text) {
        try {
            return Double.isFinite(toNumber(text));
        } catch (IllegalArgumentException notThisKind) {
            return false;
        }
    }
}
