package io.gossamer.scenarios;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values with units, as scenario files write them: durations ({@code "100ms"}, {@code "2s"}),
 * sizes ({@code "1KiB"}, {@code "64B"}), bit rates ({@code "10Mbit/s"}) and fractions
 * ({@code "20%"} or {@code 0.2}). Each parser returns Gossamer's base unit (nanoseconds, bytes,
 * bits per second, a fraction in [0, 1]) exactly, rounding only below one base unit, and
 * rejects anything else with a message that says what would be valid.
 */
public final class Units {
    private static final Pattern NUMBER_AND_UNIT =
            Pattern.compile("\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*([A-Za-z\u00B5%/]*)\\s*");

    private static final Map<String, Long> DURATIONS = ordered(
            "ns", 1L, "us", 1_000L, "µs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L,
            "min", 60_000_000_000L, "h", 3_600_000_000_000L);
    private static final Map<String, Long> SIZES = ordered(
            "B", 1L, "KB", 1_000L, "MB", 1_000_000L, "GB", 1_000_000_000L,
            "KiB", 1L << 10, "MiB", 1L << 20, "GiB", 1L << 30);
    private static final Map<String, Long> RATES = ordered(
            "bit/s", 1L, "kbit/s", 1_000L, "Kbit/s", 1_000L, "Mbit/s", 1_000_000L, "Gbit/s", 1_000_000_000L,
            "B/s", 8L, "KB/s", 8_000L, "MB/s", 8_000_000L, "GB/s", 8_000_000_000L);

    private Units() {
    }

    private static Map<String, Long> ordered(Object... unitsAndFactors) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < unitsAndFactors.length; i += 2) {
            m.put((String) unitsAndFactors[i], (Long) unitsAndFactors[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The duration units, smallest first (as written; any letter case is accepted, see {@link #ignoresCase}). */
    public static List<String> durationUnits() {
        return List.copyOf(DURATIONS.keySet());
    }

    /** The size units (exact case: B is a byte). */
    public static List<String> sizeUnits() {
        return List.copyOf(SIZES.keySet());
    }

    /** The bit-rate units (exact case: b is a bit, B a byte). */
    public static List<String> bitRateUnits() {
        return List.copyOf(RATES.keySet());
    }

    /**
     * True if a unit may be written in any letter case ({@code ms}, {@code MS}): units without
     * b or B, whose case carries no meaning.
     */
    public static boolean ignoresCase(String unit) {
        return !(unit.contains("b") || unit.contains("B"));
    }

    /** A duration in nanoseconds: a non-negative number and one of ns, us (or µs), ms, s, min, h. */
    public static long duration(String text) {
        return scaled(text, DURATIONS, "duration", "ns, us, ms, s, min, h", "100ms or 2.5s");
    }

    /** A size in bytes: a non-negative number and one of B, KB, MB, GB, KiB, MiB, GiB. */
    public static long size(String text) {
        return scaled(text, SIZES, "size", "B, KB, MB, GB (powers of 1000), KiB, MiB, GiB (powers of 1024)",
                "1KiB or 64B");
    }

    /** A rate in bits per second: a non-negative number and one of bit/s, kbit/s, Mbit/s, Gbit/s, B/s, KB/s, MB/s, GB/s. */
    public static long bitRate(String text) {
        return scaled(text, RATES, "bit rate", "bit/s, kbit/s, Mbit/s, Gbit/s, B/s, KB/s, MB/s, GB/s",
                "10Mbit/s");
    }

    /** A fraction in [0, 1], written as a percentage ({@code "20%"}) or a plain number ({@code 0.2}). */
    public static double fraction(String text) {
        Matcher m = NUMBER_AND_UNIT.matcher(text == null ? "" : text);
        if (!m.matches() || !(m.group(2).isEmpty() || m.group(2).equals("%"))) {
            throw new IllegalArgumentException(
                    "bad fraction '" + text + "': write a percentage such as 20% or a number in [0, 1] such as 0.2");
        }
        double value = Double.parseDouble(m.group(1));
        if (m.group(2).equals("%")) {
            value /= 100;
        }
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("fraction '" + text + "' is outside [0, 1] (0% to 100%)");
        }
        return value;
    }

    private static long scaled(String text, Map<String, Long> units, String what, String known, String example) {
        Matcher m = NUMBER_AND_UNIT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "bad " + what + " '" + text + "': write a number and a unit (" + known + "), e.g. " + example);
        }
        String unit = m.group(2);
        Long factor = units.get(unit);
        if (factor == null) {
            factor = caseInsensitive(units, unit);
        }
        if (factor == null) {
            String hint = unit.isEmpty() ? "it has no unit" : "'" + unit + "' is not a unit of " + what;
            throw new IllegalArgumentException("bad " + what + " '" + text + "': " + hint + "; use one of "
                    + known + ", e.g. " + example);
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if (value.signum() < 0) {
            throw new IllegalArgumentException(what + " '" + text + "' cannot be negative");
        }
        BigDecimal base = value.multiply(BigDecimal.valueOf(factor));
        if (base.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException(what + " '" + text + "' is too large");
        }
        return base.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    /** Units whose case does not carry meaning (ms, MS) match either way; B/b stay distinct. */
    private static Long caseInsensitive(Map<String, Long> units, String unit) {
        if (!ignoresCase(unit)) {
            return null;
        }
        String lower = unit.toLowerCase(Locale.ROOT);
        return units.get(lower);
    }
}
