package io.gossamer.experiments.results;

import com.fasterxml.jackson.databind.JsonNode;
import io.gossamer.scenarios.Numbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * sweep.csv (a row per finished run), aggregate.csv (per point and metric: n, mean, sd and
 * 95 % confidence interval across the replicates that had a value) and aggregate-wide.csv (the
 * same, a row per point and a column per figure), from a sweep directory's sweep.json and
 * run directories. Rows follow the plan's order, so the files do not depend on how many
 * jobs ran or in which order runs finished.
 */
public final class SweepTables {
    private SweepTables() {
    }

    /** What the tables were made from. */
    public record Counts(int planned, int finished) {
    }

    /** Writes sweep.csv and aggregate.csv into {@code dir}; returns how many runs were found. */
    public static Counts write(Path dir) throws IOException {
        JsonNode plan = ResultFiles.readJson(dir.resolve("sweep.json"));
        List<String> paths = new ArrayList<>();
        plan.get("paths").forEach(p -> paths.add(p.asText()));
        record Row(String id, int point, int replicate, long seed, Map<String, String> params, Map<String, Double> metrics) {
        }
        List<Row> rows = new ArrayList<>();
        Set<String> metricNames = new LinkedHashSet<>();
        int planned = 0;
        for (JsonNode run : plan.get("runs")) {
            planned++;
            String id = run.get("id").asText();
            Path summary = dir.resolve("runs").resolve(id).resolve("summary.json");
            if (!Files.exists(summary)) {
                continue;
            }
            JsonNode s = ResultFiles.readJson(summary);
            Map<String, String> params = new LinkedHashMap<>();
            for (String p : paths) {
                params.put(p, run.get("parameters").path(p).asText(""));
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> ms = s.get("metrics").fields();
            while (ms.hasNext()) {
                Map.Entry<String, JsonNode> m = ms.next();
                Iterator<Map.Entry<String, JsonNode>> values = m.getValue().fields();
                while (values.hasNext()) {
                    Map.Entry<String, JsonNode> v = values.next();
                    String name = m.getKey() + "." + v.getKey();
                    metricNames.add(name);
                    metrics.put(name, v.getValue().isNull() ? null : v.getValue().asDouble());
                }
            }
            rows.add(new Row(id, run.get("point").asInt(), run.get("replicate").asInt(), s.get("seed").asLong(), params, metrics));
        }

        StringBuilder sweep = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("run", "point", "replicate", "seed"));
        header.addAll(paths);
        header.addAll(metricNames);
        sweep.append(ResultFiles.csvLine(header));
        for (Row r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.id(), String.valueOf(r.point()), String.valueOf(r.replicate()),
                    String.valueOf(r.seed())));
            paths.forEach(p -> cells.add(r.params().get(p)));
            metricNames.forEach(m -> cells.add(r.metrics().get(m) == null ? "" : Numbers.format(r.metrics().get(m))));
            sweep.append(ResultFiles.csvLine(cells));
        }
        ResultFiles.writeAtomically(dir.resolve("sweep.csv"), sweep.toString());

        StringBuilder agg = new StringBuilder();
        List<String> aggHeader = new ArrayList<>(List.of("point"));
        aggHeader.addAll(paths);
        aggHeader.addAll(List.of("metric", "n", "mean", "sd", "ci95_low", "ci95_high"));
        agg.append(ResultFiles.csvLine(aggHeader));
        Map<Integer, List<Row>> byPoint = new java.util.TreeMap<>();
        rows.forEach(r -> byPoint.computeIfAbsent(r.point(), k -> new ArrayList<>()).add(r));
        List<String> sortedMetrics = new ArrayList<>(metricNames);
        sortedMetrics.sort(null);
        // The wide form: a row per point, for each figure its mean, CI half-width and n.
        StringBuilder wide = new StringBuilder();
        List<String> wideHeader = new ArrayList<>(List.of("point"));
        wideHeader.addAll(paths);
        for (String m : sortedMetrics) {
            wideHeader.addAll(List.of(m, m + ".ci95", m + ".n"));
        }
        wide.append(ResultFiles.csvLine(wideHeader));
        for (Map.Entry<Integer, List<Row>> e : byPoint.entrySet()) {
            List<String> wideCells = new ArrayList<>(List.of(String.valueOf(e.getKey())));
            paths.forEach(p -> wideCells.add(e.getValue().get(0).params().get(p)));
            for (String m : sortedMetrics) {
                double[] values = e.getValue().stream().map(r -> r.metrics().get(m)).filter(v -> v != null)
                        .mapToDouble(Double::doubleValue).toArray();
                List<String> cells = new ArrayList<>(List.of(String.valueOf(e.getKey())));
                paths.forEach(p -> cells.add(e.getValue().get(0).params().get(p)));
                cells.add(m);
                List<String> stats = stats(values);
                cells.addAll(stats);
                agg.append(ResultFiles.csvLine(cells));
                wideCells.add(stats.get(1));
                wideCells.add(stats.get(3).isEmpty() ? "" : Numbers.format(
                        (Double.parseDouble(stats.get(4)) - Double.parseDouble(stats.get(3))) / 2));
                wideCells.add(stats.get(0));
            }
            wide.append(ResultFiles.csvLine(wideCells));
        }
        ResultFiles.writeAtomically(dir.resolve("aggregate.csv"), agg.toString());
        ResultFiles.writeAtomically(dir.resolve("aggregate-wide.csv"), wide.toString());
        return new Counts(planned, rows.size());
    }

    // n, mean, sample sd, and mean -/+ t(0.975, n-1) sd / sqrt(n); empty where undefined.
    static List<String> stats(double[] v) {
        int n = v.length;
        if (n == 0) {
            return List.of("0", "", "", "", "");
        }
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= n;
        if (n == 1) {
            return List.of("1", Numbers.format(mean), "", "", "");
        }
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return List.of(String.valueOf(n), Numbers.format(mean), Numbers.format(sd), Numbers.format(mean - half),
                Numbers.format(mean + half));
    }
}
