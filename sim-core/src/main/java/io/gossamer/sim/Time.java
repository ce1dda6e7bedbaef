package io.gossamer.sim;

import java.util.Locale;

/**
 * Virtual time helpers. Simulated time is a {@code long} count of nanoseconds since the start
 * of the run; these helpers convert between that count and readable units.
 */
public final class Time {
    /** One nanosecond. */
    public static final long NANOSECOND = 1L;
    /** One microsecond in nanoseconds. */
    public static final long MICROSECOND = 1_000L;
    /** One millisecond in nanoseconds. */
    public static final long MILLISECOND = 1_000_000L;
    /** One second in nanoseconds. */
    public static final long SECOND = 1_000_000_000L;
    /** The largest representable time; used as "no limit". */
    public static final long FOREVER = Long.MAX_VALUE;

    private Time() {
    }

    /** Returns {@code ms} milliseconds as nanoseconds. */
    public static long ms(long ms) {
        return Math.multiplyExact(ms, MILLISECOND);
    }

    /** Returns {@code ms} milliseconds as nanoseconds, rounded to the nearest nanosecond. */
    public static long ms(double ms) {
        return Math.round(ms * MILLISECOND);
    }

    /** Returns {@code us} microseconds as nanoseconds. */
    public static long us(long us) {
        return Math.multiplyExact(us, MICROSECOND);
    }

    /** Returns {@code s} seconds as nanoseconds. */
    public static long seconds(long s) {
        return Math.multiplyExact(s, SECOND);
    }

    /** Returns {@code s} seconds as nanoseconds, rounded to the nearest nanosecond. */
    public static long seconds(double s) {
        return Math.round(s * SECOND);
    }

    /** Returns a time in nanoseconds as (fractional) milliseconds. */
    public static double toMillis(long nanos) {
        return nanos / (double) MILLISECOND;
    }

    /** Returns a time in nanoseconds as (fractional) seconds. */
    public static double toSeconds(long nanos) {
        return nanos / (double) SECOND;
    }

    /** Formats a time for people: {@code 1.250s}, {@code 12.000ms}, {@code 850ns}. */
    public static String format(long nanos) {
        if (nanos == FOREVER) {
            return "forever";
        }
        long abs = Math.abs(nanos);
        if (abs >= SECOND) {
            return String.format(Locale.ROOT, "%.3fs", toSeconds(nanos));
        }
        if (abs >= MILLISECOND) {
            return String.format(Locale.ROOT, "%.3fms", toMillis(nanos));
        }
        if (abs >= MICROSECOND) {
            return String.format(Locale.ROOT, "%.3fus", nanos / (double) MICROSECOND);
        }
        return nanos + "ns";
    }
}
