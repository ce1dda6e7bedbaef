package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.MetricResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Putting together the parts' results of metrics whose figures add up, or are the same in every part. */
final class PartMerges {
    private PartMerges() {
    }

    /**
     * Counts observed at the nodes a part hosts: each figure summed over the parts (those in
     * {@code maxima}: their largest), each series summed row by row at equal times (a time
     * that only some parts sampled, such as a part's own end, keeps those parts' rows).
     */
    static MetricResult sums(List<MetricResult> parts, Set<String> maxima) {
        Map<String, Double> summary = new LinkedHashMap<>();
        for (MetricResult p : parts) {
            p.summary().forEach((k, v) -> {
                if (v == null) {
                    summary.putIfAbsent(k, null);
                    return;
                }
                Double was = summary.get(k);
                summary.put(k, was == null ? v : maxima.contains(k) ? Math.max(was, v) : was + v);
            });
        }
        Map<String, MetricResult.Series> series = new LinkedHashMap<>();
        for (String name : parts.get(0).series().keySet()) {
            List<String> columns = parts.get(0).series().get(name).columns();
            TreeMap<Double, double[]> rows = new TreeMap<>();
            for (MetricResult p : parts) {
                MetricResult.Series s = p.series().get(name);
                if (s == null) {
                    continue;
                }
                for (double[] r : s.rows()) {
                    double[] sum = rows.computeIfAbsent(r[0], t -> {
                        double[] row = new double[columns.size()];
                        row[0] = t;
                        return row;
                    });
                    for (int i = 1; i < r.length && i < sum.length; i++) {
                        sum[i] += r[i];
                    }
                }
            }
            series.put(name, new MetricResult.Series(columns, new ArrayList<>(rows.values())));
        }
        return new MetricResult(summary, series, parts.get(0).tables());
    }
}
