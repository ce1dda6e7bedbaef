package io.gossamer.experiments.report;

import java.util.Collection;

/** When an axis is logarithmic: its values are all positive and span two decades or more (largest / smallest >= 100). */
final class Decades {
    /** The ratio from which an axis is drawn on a log scale. */
    static final double LOG_FROM = 100;

    private Decades() {
    }

    /** Whether the values (nulls ignored) call for a logarithmic axis. */
    static boolean span(Collection<Double> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Double v : values) {
            if (v == null) {
                continue;
            }
            if (!(v > 0)) {
                return false;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max > 0 && max / min >= LOG_FROM;
    }

    /**
     * The value a unit is chosen for: on a log axis the geometric middle of the smallest and
     * largest (1 KiB to 10 MiB reads best in KiB, 87 ms to 93 s in s), else the largest magnitude.
     */
    static double unitReference(Collection<Double> values, boolean log) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
                if (v > 0) {
                    min = Math.min(min, v);
                }
            }
        }
        return log && min < max ? Math.sqrt(min * max) : max;
    }
}
