package io.gossamer.experiments.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.scenarios.Numbers;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.ScenarioWarnings;
import io.gossamer.scenarios.spi.MetricResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Writes one run's directory (docs/results.md): summary.json, run-info.json, series/*.csv,
 * tables/*.csv. The files are written into a hidden temporary directory that is renamed into
 * place at the end, so a run directory that exists is complete.
 */
public final class RunWriter {
    private RunWriter() {
    }

    /**
     * What is not deterministic about a run.
     *
     * @param extra more entries for run-info.json (a live run's sockets and bytes), or null
     */
    public record RunInfo(double wallSeconds, double cpuSeconds, String startedAt, ObjectNode extra) {
        /** The information of a simulated run. */
        public RunInfo(double wallSeconds, double cpuSeconds, String startedAt) {
            this(wallSeconds, cpuSeconds, startedAt, null);
        }
    }

    /**
     * Writes the run to {@code dir}, replacing it if it exists.
     *
     * @param parameters the values that make this run differ from the file (--set, sweep)
     */
    public static void write(Path dir, Scenario scenario, Map<String, String> parameters, RunOutcome outcome, RunInfo info) {
        write(dir, scenario, parameters, outcome, info, Map.of());
    }

    /**
     * Writes the run to {@code dir} with more files ({@code extra}: name to content, e.g. a part's
     * part.json), replacing it if it exists.
     */
    public static void write(Path dir, Scenario scenario, Map<String, String> parameters, RunOutcome outcome, RunInfo info,
            Map<String, String> extra) {
        write(dir, summary(scenario, parameters, outcome), runInfo(info), outcome.metrics().values(), extra);
    }

    /**
     * Writes a run directory from its parts: summary.json and run-info.json as given, the
     * metrics' series and tables, and {@code extra} files; all or nothing, replacing {@code dir}.
     */
    public static void write(Path dir, ObjectNode summary, ObjectNode runInfo, java.util.Collection<MetricResult> metrics,
            Map<String, String> extra) {
        Path target = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
            ResultFiles.makeShared(tmp);
            try {
                fill(tmp, summary, runInfo, metrics);
                for (Map.Entry<String, String> e : extra.entrySet()) {
                    Files.writeString(inside(tmp, e.getKey()), e.getValue(), StandardCharsets.UTF_8);
                }
                if (Files.exists(target)) {
                    Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                    Files.delete(old);
                    ResultFiles.move(target, old);
                    ResultFiles.move(tmp, target);
                    ResultFiles.deleteTree(old);
                } else {
                    ResultFiles.move(tmp, target);
                }
            } finally {
                ResultFiles.deleteTree(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void fill(Path dir, ObjectNode summary, ObjectNode runInfo, java.util.Collection<MetricResult> metrics)
            throws IOException {
        Files.writeString(dir.resolve("summary.json"), ResultFiles.toJson(summary), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("run-info.json"), ResultFiles.toJson(runInfo), StandardCharsets.UTF_8);
        for (MetricResult m : metrics) {
            for (Map.Entry<String, MetricResult.Series> s : m.series().entrySet()) {
                Files.createDirectories(dir.resolve("series"));
                Files.writeString(inside(dir.resolve("series"), s.getKey() + ".csv"), csv(s.getValue()), StandardCharsets.UTF_8);
            }
            for (Map.Entry<String, MetricResult.Table> t : m.tables().entrySet()) {
                Files.createDirectories(dir.resolve("tables"));
                Files.writeString(inside(dir.resolve("tables"), t.getKey() + ".csv"), csv(t.getValue()), StandardCharsets.UTF_8);
            }
        }
    }

    /** {@code dir/name}, which must stay in {@code dir} (names come from scenarios and plug-ins). */
    private static Path inside(Path dir, String name) {
        Path file = dir.resolve(name).normalize();
        if (!dir.normalize().equals(file.getParent())) {
            throw new IllegalStateException("refusing to write '" + name + "' outside " + dir);
        }
        return file;
    }

    /** The summary.json object. */
    public static ObjectNode summary(Scenario scenario, Map<String, String> parameters, RunOutcome outcome) {
        ObjectNode o = ResultFiles.object();
        o.put("scenario", scenario.name());
        o.put("description", scenario.description());
        o.put("gossamer_version", Version.get());
        o.put("gossamer_commit", Version.commit());
        JsonNode resolved = ResultFiles.json(scenario.tree());
        o.put("scenario_sha256", sha256(ResultFiles.toJson(resolved)));
        o.put("seed", outcome.seed());
        ObjectNode params = o.putObject("parameters");
        parameters.forEach(params::put);
        o.put("events", outcome.events());
        o.set("simulated_time_s", ResultFiles.number(outcome.endTime() / 1e9));
        o.set("last_event_s", ResultFiles.number(outcome.lastEventTime() / 1e9));
        o.put("end", outcome.end());
        com.fasterxml.jackson.databind.node.ArrayNode warnings = o.putArray("warnings");
        ScenarioWarnings.of(scenario).forEach(w -> warnings.add(w.toString()));
        ObjectNode metrics = o.putObject("metrics");
        outcome.metrics().forEach((name, m) -> {
            ObjectNode mo = metrics.putObject(name);
            m.summary().forEach((k, v) -> mo.set(k, ResultFiles.number(v)));
        });
        o.set("scenario_resolved", resolved);
        return o;
    }

    /** SHA-256 of {@code text}'s UTF-8 bytes, in lower-case hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The run-info.json object. */
    public static ObjectNode runInfo(RunInfo info) {
        ObjectNode o = ResultFiles.object();
        o.set("wall_s", ResultFiles.number(info.wallSeconds()));
        o.set("cpu_s", ResultFiles.number(info.cpuSeconds()));
        o.put("started_at", info.startedAt());
        o.put("host", host());
        o.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        o.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        o.put("cores", Runtime.getRuntime().availableProcessors());
        if (info.extra() != null) {
            o.setAll(info.extra());
        }
        return o;
    }

    private static String host() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isBlank()) {
            return h;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String csv(MetricResult.Series s) {
        StringBuilder b = new StringBuilder(ResultFiles.csvLine(s.columns()));
        List<String> cells = new ArrayList<>();
        for (double[] row : s.rows()) {
            cells.clear();
            for (double v : row) {
                cells.add(Numbers.format(v));
            }
            b.append(ResultFiles.csvLine(cells));
        }
        return b.toString();
    }

    static String csv(MetricResult.Table t) {
        StringBuilder b = new StringBuilder(ResultFiles.csvLine(t.columns()));
        for (List<String> row : t.rows()) {
            b.append(ResultFiles.csvLine(row));
        }
        return b.toString();
    }
}
