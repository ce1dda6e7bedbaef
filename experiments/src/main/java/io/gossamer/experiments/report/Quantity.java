package io.gossamer.experiments.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * What a figure measures, told from its name as docs/results.md defines the suffixes
 * ({@code _ms}, {@code _s}, {@code _bytes}; shares such as {@code coverage}), and how to show
 * it to a reader: three significant digits, in a unit scaled to the value (ms, s, min; B, KiB,
 * MiB, GiB; percent), counts with thousands separators. The files keep the full figures.
 */
public enum Quantity {
    /** A duration in milliseconds. */
    MILLISECONDS,
    /** A duration in seconds. */
    SECONDS,
    /** A size in bytes. */
    BYTES,
    /** A share between 0 and 1, shown in percent. */
    SHARE,
    /** A count or any other plain number. */
    NUMBER;

    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);
    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_UP);

    /** The quantity a figure or column name stands for. */
    public static Quantity of(String name) {
        String n = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (n.contains("per_") || n.endsWith("_rounds")) {
            return NUMBER; // rates per node per second, ages in rounds
        }
        if (n.endsWith("_ms") || n.equals("delay_ms")) {
            return MILLISECONDS;
        }
        if (n.endsWith("_s")) {
            return SECONDS;
        }
        if (n.endsWith("_bytes") || n.startsWith("bytes") || n.equals("size")) {
            return BYTES;
        }
        if (n.startsWith("coverage") || n.endsWith("share") || n.equals("fraction") || n.equals("largest_component")
                || n.equals("unreachable_pairs")) {
            return SHARE;
        }
        return NUMBER;
    }

    /** A value of this quantity for a reader, e.g. {@code 201 ms}, {@code 1.5 s}, {@code 68.4 MiB}, {@code 99.7 %}. */
    public String format(double value) {
        if (!Double.isFinite(value)) {
            return "undefined";
        }
        Scale scale = scaleFor(Math.abs(value));
        return digits(value / scale.divisor()) + (scale.unit().isEmpty() ? "" : "\u00a0" + scale.unit());
    }

    /**
     * A mean and the half-width of its confidence interval for a reader, in one unit written
     * once: {@code 133.4 ± 5.2 ms}, {@code 3.590 ± 0.057}, {@code 28,600 ± 200}. The half-width
     * is rounded to two significant digits and the mean to the same decimal place, so the mean
     * is never shown less precisely than its uncertainty, nor more. The unit suits the larger of
     * the two. A half-width of zero (every run the same) shows the mean as {@link #format}
     * does, with "± 0"; a missing or non-finite half-width shows the mean alone.
     */
    public String format(double mean, Double halfWidth) {
        double half = halfWidth == null || !Double.isFinite(halfWidth) ? 0 : Math.abs(halfWidth);
        return format(mean, halfWidth, scaleFor(Math.max(Math.abs(mean), half)));
    }

    /**
     * {@link #format(double, Double)} in a given unit: a table column writes all its cells in
     * the unit of its largest value (424 KiB and 1,024 KiB, not 424 KiB and 1.00 MiB).
     */
    public String format(double mean, Double halfWidth, Scale scale) {
        if (scale == null) {
            return format(mean, halfWidth);
        }
        if (!Double.isFinite(mean)) {
            return "undefined";
        }
        if (halfWidth == null || !Double.isFinite(halfWidth)) {
            return digits(mean / scale.divisor()) + (scale.unit().isEmpty() ? "" : "\u00a0" + scale.unit());
        }
        double half = Math.abs(halfWidth);
        String unit = scale.unit().isEmpty() ? "" : "\u00a0" + scale.unit();
        if (half == 0) {
            return digits(mean / scale.divisor()) + " \u00b1 0" + unit;
        }
        BigDecimal h = BigDecimal.valueOf(half / scale.divisor()).round(TWO_DIGITS);
        // The decimal place of the half-width's second significant digit (negative: tens, hundreds...).
        int place = h.scale() - h.precision() + 2;
        h = h.setScale(place, RoundingMode.HALF_UP);
        BigDecimal m = BigDecimal.valueOf(mean / scale.divisor()).setScale(place, RoundingMode.HALF_UP);
        return fixed(m, place) + " \u00b1 " + fixed(h, place) + unit;
    }

    /** A rounded number with thousands separators and {@code place} decimals (none if it is 0 or less). */
    private static String fixed(BigDecimal value, int place) {
        if (value.signum() == 0) {
            return place > 0 ? String.format(Locale.ROOT, "%." + place + "f", BigDecimal.ZERO) : "0";
        }
        return place > 0 ? String.format(Locale.ROOT, "%,." + place + "f", value)
                : String.format(Locale.ROOT, "%,d", value.setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact());
    }

    /**
     * The one unit for a table column whose means run from {@code smallest} to {@code largest}
     * (magnitudes, nonzero): that of the largest, when they lie within two decades of each other;
     * null (each cell its own unit) when they span more, where one unit would write 81 ms as
     * 0.0811 s beside 17.4 s.
     */
    public Scale columnScale(double smallest, double largest) {
        if (!(largest > 0) || smallest > 0 && largest / smallest >= 100) {
            return null;
        }
        return scaleFor(largest);
    }

    /** {@link #columnScale(double, double)} of a column's means (zeros do not count as the smallest). */
    public Scale columnScale(java.util.Collection<Double> means) {
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (double m : means) {
            double a = Math.abs(m);
            largest = Math.max(largest, a);
            if (a > 0) {
                smallest = Math.min(smallest, a);
            }
        }
        return columnScale(smallest, largest);
    }

    /**
     * The display unit for values up to {@code largest} in magnitude (a plot uses one for all
     * its values): the unit's name and what a value is divided by to be in it.
     */
    public Scale scaleFor(double largest) {
        double m = Double.isFinite(largest) ? largest : 0;
        return switch (this) {
            case MILLISECONDS -> m >= 120_000 ? new Scale("min", 60_000) : m >= 1000 ? new Scale("s", 1000)
                    : new Scale("ms", 1);
            case SECONDS -> m >= 120 ? new Scale("min", 60) : m < 1 && m > 0 ? new Scale("ms", 0.001) : new Scale("s", 1);
            case BYTES -> m >= 1L << 30 ? new Scale("GiB", 1L << 30) : m >= 1 << 20 ? new Scale("MiB", 1 << 20)
                    : m >= 1 << 10 ? new Scale("KiB", 1 << 10) : new Scale("B", 1);
            case SHARE -> new Scale("%", 0.01);
            case NUMBER -> new Scale("", 1);
        };
    }

    /**
     * A display unit.
     *
     * @param unit its name, empty for plain numbers
     * @param divisor what a value in the figure's own unit is divided by
     */
    public record Scale(String unit, double divisor) {
        /** An axis label: the words, then the unit in parentheses if there is one. */
        public String label(String words) {
            return unit.isEmpty() ? words : words + " (" + unit + ")";
        }
    }

    /**
     * Three significant digits with thousands separators; whole numbers of up to seven digits
     * exactly (a count of 70,010 messages stays 70,010).
     */
    public static String digits(double value) {
        if (value == 0) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e7) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(THREE_DIGITS);
        if (rounded.abs().compareTo(BigDecimal.valueOf(1e15)) >= 0 || rounded.abs().compareTo(new BigDecimal("0.0001")) < 0) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        int scale = Math.max(0, rounded.scale());
        return String.format(Locale.ROOT, "%,." + scale + "f", rounded);
    }
}
