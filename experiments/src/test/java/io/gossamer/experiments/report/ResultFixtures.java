package io.gossamer.experiments.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small result directories as docs/results.md describes them, written by hand so the report can
 * be tested without running a simulation.
 */
final class ResultFixtures {
    private ResultFixtures() {
    }

    /** A run directory of the quickstart scenario with three series and a message table. */
    static Path runDir(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("series"));
        Files.createDirectories(dir.resolve("tables"));
        Files.writeString(dir.resolve("summary.json"), """
                {
                  "scenario": "quickstart",
                  "description": "Flooding on 1000 nodes <with> 10% loss & churn",
                  "gossamer_version": "0.1.0-SNAPSHOT",
                  "seed": 42,
                  "parameters": { "network.loss.rate": "10%" },
                  "events": 123456,
                  "simulated_time_s": 12.5,
                  "end": "condition",
                  "metrics": {
                    "dissemination": { "messages": 10, "t50_ms": 181.2, "t90_ms": 210.9, "t99_ms": 240.125,
                                       "t100_ms": null, "coverage": 0.998 },
                    "nodes": { "live_final": 1000, "live_min": 998 }
                  },
                  "scenario_resolved": { "name": "quickstart", "nodes": 1000 }
                }
                """);
        StringBuilder cdf = new StringBuilder("delay_ms,fraction\n");
        for (int i = 0; i <= 40; i++) {
            double delay = 100 + 5 * i;
            cdf.append(num(delay)).append(',').append(num(Math.min(1.0, i / 36.0))).append('\n');
        }
        Files.writeString(dir.resolve("series/delivery-cdf.csv"), cdf);
        StringBuilder coverage = new StringBuilder("since_injection_ms,coverage_mean,coverage_min\n");
        for (int i = 0; i <= 30; i++) {
            coverage.append(i * 10).append(',').append(num(Math.min(1.0, i / 25.0)))
                    .append(',').append(num(Math.min(0.99, i / 30.0))).append('\n');
        }
        Files.writeString(dir.resolve("series/coverage.csv"), coverage);
        Files.writeString(dir.resolve("series/nodes.csv"), "time_s,live\n0,1000\n2.5,999\n5,998\n7.5,1000\n10,1000\n");
        Files.writeString(dir.resolve("tables/messages.csv"), """
                message,origin,injected_s,targets,reached,coverage,t50_ms,t90_ms,t99_ms,t100_ms,sent,duplicates,hops_mean
                1,17,1.0,999,999,1.0,180.5,209.75,238.0,251.5,7992,6993,6.1
                2,"node ""412"" (edge)",2.0,999,997,0.998,182.0,212.0,242.25,,7970,6971,6.2
                """);
        return dir;
    }

    /** A swept parameter: its value path and values as written. */
    record Axis(String path, List<String> values) {
    }

    /**
     * A sweep directory over the cross product of the axes (the first varies slowest), with
     * two metrics and {@code replicates} runs per point. With one replicate the confidence
     * interval is empty, as the sweep writes it for n &lt; 2.
     */
    static Path sweepDir(Path dir, int replicates, Axis... axes) throws IOException {
        Files.createDirectories(dir);
        List<List<String>> points = cross(List.of(axes));
        List<String> paths = new ArrayList<>();
        for (Axis axis : axes) {
            paths.add(axis.path());
        }
        String pathColumns = paths.isEmpty() ? "" : String.join(",", paths) + ",";
        StringBuilder runs = new StringBuilder("run,point,replicate,seed," + pathColumns
                + "dissemination.coverage,dissemination.t90_ms\n");
        StringBuilder aggregate = new StringBuilder("point," + pathColumns + "metric,n,mean,sd,ci95_low,ci95_high\n");
        for (int p = 0; p < points.size(); p++) {
            String values = points.get(p).isEmpty() ? "" : String.join(",", points.get(p)) + ",";
            double base = 200 + 25 * p;
            for (int r = 1; r <= replicates; r++) {
                runs.append(String.format(Locale.ROOT, "p%03d-r%02d,%d,%d,%d,", p + 1, r, p + 1, r, 1000 + r))
                        .append(values).append(num(1.0 - 0.01 * p)).append(',').append(num(base + r)).append('\n');
            }
            double t90Mean = base + (replicates + 1) / 2.0;
            appendAggregate(aggregate, p + 1, values, "dissemination.coverage", replicates, 1.0 - 0.01 * p, 0.0, 0.0);
            appendAggregate(aggregate, p + 1, values, "dissemination.t90_ms", replicates, t90Mean, 1.5, 4.0);
        }
        Files.writeString(dir.resolve("sweep.csv"), runs);
        Files.writeString(dir.resolve("aggregate.csv"), aggregate);
        // The plan as the sweep writes it: seeds derived from the scenario's seed 42 (each differs).
        StringBuilder plan = new StringBuilder();
        for (int p = 0; p < points.size(); p++) {
            for (int r = 1; r <= replicates; r++) {
                StringBuilder parameters = new StringBuilder();
                for (int a = 0; a < paths.size(); a++) {
                    parameters.append(a == 0 ? "" : ", ").append('"').append(paths.get(a)).append("\": \"")
                            .append(points.get(p).get(a)).append('"');
                }
                plan.append(plan.isEmpty() ? "" : ",\n").append(String.format(Locale.ROOT,
                        "{\"id\": \"p%03d-r%02d\", \"point\": %d, \"replicate\": %d, \"seed\": %d, \"parameters\": {%s}}",
                        p + 1, r, p + 1, r, 1000 + 100 * p + r, parameters));
            }
        }
        Files.writeString(dir.resolve("sweep.json"), "{ \"scenario\": \"loss-sweep\", \"base_seed\": 42, \"paths\": "
                + paths.stream().map(q -> "\"" + q + "\"").toList() + ", \"runs\": [" + plan + "],\n"
                + " \"scenario_resolved\": " + RESOLVED + " }\n");
        Files.writeString(dir.resolve("sweep-info.json"), "{ \"scenario_argument\": \"loss-sweep\", "
                + "\"sets\": [\"overlay.degree=6\", \"network.latency={model: constant, value: 40ms}\"] }\n");
        // One finished run's summary: the build that ran the sweep.
        Path run = Files.createDirectories(dir.resolve("runs").resolve("p001-r01"));
        Files.writeString(run.resolve("summary.json"), "{ \"scenario\": \"loss-sweep\", \"gossamer_version\": \"0.1.0-SNAPSHOT\", "
                + "\"gossamer_commit\": \"d71e0c62acc7763b3a50915ab0b12e90eb005fa1\", \"seed\": 1001, \"parameters\": {}, "
                + "\"metrics\": {}, \"scenario_resolved\": " + RESOLVED + " }\n");
        return dir;
    }

    /** The resolved scenario of the sweep fixture, as sweep.json and summary.json keep it. */
    static final String RESOLVED = """
            {"name": "loss-sweep", "description": "Flooding over 500 nodes with 0-30% packet loss", "seed": 42,
             "duration": "30s", "stop-when": "all-delivered",
             "network": {"latency": {"model": "lognormal", "mean": "50ms", "sd": "20ms"}, "loss": "0%"},
             "overlay": {"type": "random-regular", "degree": 6},
             "nodes": [{"class": "peer", "count": 500, "protocol": "flood"}],
             "processes": [{"name": "alerts", "do": "broadcast", "size": "1KiB", "count": 10, "every": {"exponential": "1s"}}],
             "metrics": ["dissemination", {"traffic": {"every": "100ms"}}]}""";

    private static void appendAggregate(StringBuilder out, int point, String values, String metric, int n,
            double mean, double sd, double halfWidth) {
        String ci = n < 2 ? "," : num(mean - halfWidth) + "," + num(mean + halfWidth);
        out.append(point).append(',').append(values).append(metric).append(',').append(n).append(',')
                .append(num(mean)).append(',').append(n < 2 ? "" : num(sd)).append(',').append(ci).append('\n');
    }

    private static List<List<String>> cross(List<Axis> axes) {
        List<List<String>> points = new ArrayList<>();
        points.add(List.of());
        for (Axis axis : axes) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : points) {
                for (String value : axis.values()) {
                    List<String> point = new ArrayList<>(prefix);
                    point.add(value);
                    next.add(point);
                }
            }
            points = next;
        }
        return points;
    }

    /** A number as the result writers write it: at most 6 decimals, no trailing zeros. */
    static String num(double value) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.6f", value)).stripTrailingZeros().toPlainString();
    }
}
