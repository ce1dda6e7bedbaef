package io.gossamer.sim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Curves over all messages of a {@link DisseminationLog}, as rows of numbers: the pooled
 * delivery-time CDF, coverage against time since injection, and the hop-count distribution.
 * Times are in milliseconds.
 */
public final class DisseminationCurves {
    private DisseminationCurves() {
    }

    /**
     * Share of all (message, target) pairs reached within each delay, at up to {@code points}
     * evenly spaced ranks: rows {delay_ms, fraction}, starting at delay 0 (the origins).
     */
    public static List<double[]> deliveryCdf(DisseminationLog log, int points) {
        long totalTargets = 0;
        List<long[]> all = new ArrayList<>();
        int count = 0;
        for (int m = 0; m < log.messageCount(); m++) {
            totalTargets += log.targets(m);
            long[] d = log.targetDelays(m);
            all.add(d);
            count += d.length;
        }
        long[] pooled = new long[count];
        int k = 0;
        for (long[] d : all) {
            System.arraycopy(d, 0, pooled, k, d.length);
            k += d.length;
        }
        Arrays.sort(pooled);
        List<double[]> rows = new ArrayList<>();
        rows.add(new double[] {0, upperBound(pooled, 0) / (double) totalTargets});
        int steps = Math.min(points, Math.max(1, pooled.length));
        for (int i = 1; i <= steps && pooled.length > 0; i++) {
            int rank = (int) Math.ceil((double) i * pooled.length / steps) - 1;
            rows.add(new double[] {ms(pooled[rank]), (rank + 1) / (double) totalTargets});
        }
        return dedupe(rows);
    }

    /**
     * Mean and least share of targets reached at evenly spaced, round times since injection:
     * rows {since_injection_ms, coverage_mean, coverage_min}.
     */
    public static List<double[]> coverage(DisseminationLog log, int points) {
        int n = log.messageCount();
        long[][] delays = new long[n][];
        long last = 0;
        for (int m = 0; m < n; m++) {
            delays[m] = log.targetDelays(m);
            if (delays[m].length > 0) {
                last = Math.max(last, delays[m][delays[m].length - 1]);
            }
        }
        List<double[]> rows = new ArrayList<>();
        // A round step (1, 2 or 5 times a power of ten, in ns) so that the times read well.
        long step = niceStep(Math.max(1, last / Math.max(1, points - 1)));
        long steps = (last + step - 1) / step;
        for (long i = 0; i <= steps; i++) {
            long t = i * step;
            double sum = 0;
            double min = 1;
            for (int m = 0; m < n; m++) {
                int reached = upperBound(delays[m], t);
                double c = log.targets(m) == 0 ? 0 : reached / (double) log.targets(m);
                sum += c;
                min = Math.min(min, c);
            }
            rows.add(new double[] {ms(t), sum / n, min});
            if (last == 0) {
                break;
            }
        }
        return rows;
    }

    /** Share of first receipts (over all messages, origins excluded) at each hop count: rows {hops, fraction}. */
    public static List<double[]> hops(DisseminationLog log) {
        long[] total = new long[0];
        for (int m = 0; m < log.messageCount(); m++) {
            long[] c = log.hopCounts(m);
            if (c.length > total.length) {
                total = Arrays.copyOf(total, c.length);
            }
            for (int h = 0; h < c.length; h++) {
                total[h] += c[h];
            }
        }
        long sum = 0;
        for (long c : total) {
            sum += c;
        }
        List<double[]> rows = new ArrayList<>();
        for (int h = 1; h < total.length; h++) {
            rows.add(new double[] {h, sum == 0 ? 0 : total[h] / (double) sum});
        }
        return rows;
    }

    /** The smallest of 1, 2, 5 times a power of ten that is at least {@code raw}. */
    public static long niceStep(long raw) {
        long power = 1;
        while (power * 10 <= raw) {
            power *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static List<double[]> dedupe(List<double[]> rows) {
        List<double[]> out = new ArrayList<>();
        for (double[] r : rows) {
            if (!out.isEmpty() && out.get(out.size() - 1)[0] == r[0]) {
                out.set(out.size() - 1, r);
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static int upperBound(long[] sorted, long t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
