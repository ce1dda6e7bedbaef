package io.gossamer.experiments.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads run and sweep directories (docs/results.md). Files are listed in name order, so
 * everything built from them comes out in the same order on every machine. A malformed result
 * file is an {@link IllegalArgumentException} naming it; an I/O failure is an
 * {@link UncheckedIOException}.
 */
public final class ResultReader {
    /** A run directory's summary. */
    public static final String SUMMARY_JSON = "summary.json";
    /** A sweep directory's table of runs. */
    public static final String SWEEP_CSV = "sweep.csv";
    /** A sweep directory's per-point statistics. */
    public static final String AGGREGATE_CSV = "aggregate.csv";
    /** A sweep directory's per-point statistics in wide form (a row per point, a column per figure). */
    public static final String AGGREGATE_WIDE_CSV = "aggregate-wide.csv";
    /** A sweep directory's plan. */
    public static final String SWEEP_JSON = "sweep.json";

    // Floats as BigDecimal with their trailing zeros, so a value shows exactly as the run wrote it.
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private ResultReader() {
    }

    /** Reads a run directory. */
    public static RunResults readRun(Path dir) {
        RunSummary summary = readSummary(dir.resolve(SUMMARY_JSON), fallbackName(dir));
        return new RunResults(dir, summary, csvFiles(dir, "series"), csvFiles(dir, "tables"));
    }

    /** Reads a sweep directory. */
    public static SweepResults readSweep(Path dir) {
        CsvTable runs = CsvTable.read(dir.resolve(SWEEP_CSV));
        Path aggregateFile = dir.resolve(AGGREGATE_CSV);
        Optional<CsvTable> aggregate = Files.isRegularFile(aggregateFile)
                ? Optional.of(CsvTable.read(aggregateFile)) : Optional.empty();
        List<String> paths = aggregate.isPresent()
                ? sweptPathsOfAggregate(aggregate.get(), aggregateFile.toString())
                : sweptPathsOfRuns(dir, runs);
        Path plan = dir.resolve(SWEEP_JSON);
        JsonNode planJson = Files.isRegularFile(plan) ? readJson(plan) : JSON.createObjectNode();
        Map<String, Integer> planned = new LinkedHashMap<>();
        planJson.path("runs").forEach(run -> planned.merge(run.path("point").asText(), 1, Integer::sum));
        return new SweepResults(dir, sweepScenario(dir), paths, runs, aggregate, planned,
                options(planJson.path("scenario_resolved").path("report"), plan));
    }

    /**
     * The scenario's {@code report} section: {@code plots} (figure names), {@code x-log} and
     * {@code y-log} (true or false). Missing: no preference.
     */
    static ReportOptions options(JsonNode report, Path file) {
        if (report.isMissingNode() || report.isNull()) {
            return ReportOptions.NONE;
        }
        if (!report.isObject()) {
            throw new IllegalArgumentException(file + ": scenario_resolved.report should be an object with plots, x-log, y-log");
        }
        List<String> plots = new ArrayList<>();
        report.path("plots").forEach(p -> plots.add(p.asText()));
        return new ReportOptions(plots, flag(report.get("x-log")), flag(report.get("y-log")), List.of());
    }

    private static Optional<Boolean> flag(JsonNode node) {
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asBoolean());
    }

    /** Reads a {@code summary.json}; {@code fallbackName} names the scenario if the file does not. */
    public static RunSummary readSummary(Path file, String fallbackName) {
        JsonNode root = readJson(file);
        if (!root.isObject()) {
            throw new IllegalArgumentException(file + " is not a JSON object");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        root.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), text(e.getValue())));
        List<RunSummary.Metric> metrics = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("metrics").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> metric = it.next();
            List<RunSummary.Value> values = new ArrayList<>();
            metric.getValue().fields().forEachRemaining(v -> values.add(new RunSummary.Value(v.getKey(), text(v.getValue()))));
            metrics.add(new RunSummary.Metric(metric.getKey(), values));
        }
        String scenario = text(root.get("scenario"));
        JsonNode resolved = root.path("scenario_resolved");
        List<RunSummary.NodeClass> classes = new ArrayList<>();
        for (JsonNode c : resolved.path("nodes")) {
            JsonNode protocol = c.path("protocol");
            String protocolName = protocol.isObject() ? protocol.path("name").asText("") : protocol.asText("");
            String count = c.path("count").isMissingNode() ? resolved.path("node-count").asText("") : c.path("count").asText("");
            classes.add(new RunSummary.NodeClass(c.path("class").asText(""), count, protocolName));
        }
        return new RunSummary(scenario == null ? fallbackName : scenario, text(root.get("description")),
                text(root.get("gossamer_version")), text(root.get("seed")), parameters, text(root.get("events")),
                text(root.get("simulated_time_s")), text(root.get("end")), metrics, classes,
                options(resolved.path("report"), file));
    }

    /** The CSV files directly in {@code dir/sub}, in file-name order; none if there is no such directory. */
    static List<NamedCsv> csvFiles(Path dir, String sub) {
        Path folder = dir.resolve(sub);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        List<NamedCsv> result = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - ".csv".length());
            result.add(new NamedCsv(name, sub + "/" + fileName, CsvTable.read(file)));
        }
        return result;
    }

    /** aggregate.csv is {@code point,<paths>,metric,...}: the paths are the columns in between. */
    private static List<String> sweptPathsOfAggregate(CsvTable aggregate, String source) {
        int point = aggregate.requireColumn("point", source);
        int metric = aggregate.requireColumn("metric", source);
        if (point != 0 || metric < point) {
            throw new IllegalArgumentException(source + " should start with point,<swept paths>,metric but has "
                    + String.join(",", aggregate.header()));
        }
        return aggregate.header().subList(point + 1, metric);
    }

    /**
     * Without aggregate.csv, sweep.csv alone cannot tell swept paths from metric columns (both
     * contain dots); the swept paths are the columns that a run's summary lists as parameters.
     */
    private static List<String> sweptPathsOfRuns(Path dir, CsvTable runs) {
        Path runsDir = dir.resolve("runs");
        int runColumn = runs.column("run");
        if (runColumn < 0 || runs.rows().isEmpty()) {
            return List.of();
        }
        Path summary = runsDir.resolve(runs.rows().get(0).get(runColumn)).resolve(SUMMARY_JSON);
        if (!Files.isRegularFile(summary)) {
            return List.of();
        }
        Map<String, String> parameters = readSummary(summary, "").parameters();
        return runs.header().stream().filter(parameters::containsKey).toList();
    }

    /** The scenario name from sweep.json, else the directory name. */
    private static String sweepScenario(Path dir) {
        Path plan = dir.resolve(SWEEP_JSON);
        if (Files.isRegularFile(plan)) {
            JsonNode scenario = readJson(plan).get("scenario");
            if (scenario != null && scenario.isTextual()) {
                return scenario.asText();
            }
            if (scenario != null && scenario.path("name").isTextual()) {
                return scenario.path("name").asText();
            }
        }
        return fallbackName(dir);
    }

    private static String fallbackName(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A JSON value as text: numbers as written (no exponent), null or absent as {@code null}. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        return node.toString();
    }
}
