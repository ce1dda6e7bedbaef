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
        String scenario = sweepScenario(dir);
        return new SweepResults(dir, scenario, paths, runs, aggregate, planned,
                options(planJson.path("scenario_resolved").path("report"), plan),
                sweepSetup(dir, scenario, planJson, planned));
    }

    /** A sweep's setup: sweep.json's scenario and seeds, the runs' builds (summary.json), sweep-info.json's command. */
    private static Setup sweepSetup(Path dir, String scenario, JsonNode plan, Map<String, Integer> planned) {
        List<Setup.Fact> facts = new ArrayList<>();
        JsonNode resolved = plan.path("scenario_resolved");
        String description = text(resolved.get("description"));
        facts.add(new Setup.Fact("scenario", scenario + (description == null ? "" : ": " + description)));
        if (!planned.isEmpty()) {
            int fewest = planned.values().stream().mapToInt(Integer::intValue).min().getAsInt();
            int most = planned.values().stream().mapToInt(Integer::intValue).max().getAsInt();
            int total = planned.values().stream().mapToInt(Integer::intValue).sum();
            facts.add(new Setup.Fact("runs", (fewest == most ? Quantity.digits(most) : fewest + " to " + most)
                    + (most == 1 ? " run" : " runs") + " at each of " + Quantity.digits(planned.size())
                    + (planned.size() == 1 ? " point" : " points") + ", " + Quantity.digits(total) + " in all"));
        }
        Map<String, java.util.Set<String>> swept = new LinkedHashMap<>();
        plan.path("paths").forEach(p -> swept.put(p.asText(), new java.util.LinkedHashSet<>()));
        plan.path("runs").forEach(r -> r.path("parameters").fields().forEachRemaining(e ->
                swept.computeIfAbsent(e.getKey(), k -> new java.util.LinkedHashSet<>()).add(e.getValue().asText())));
        swept.forEach((path, values) -> facts.add(new Setup.Fact("swept " + path, String.join(", ", values))));
        // The base scenario's value of a swept path is no run's: shown as swept.
        List<Setup.Fact> scenarioFacts = Setup.scenario(ScenarioPaths.markSwept(resolved, swept.keySet()));
        Map<String, String> variantSettings = new LinkedHashMap<>();

        // The runs' own files: which builds ran them, and the protocols each variant runs.
        Map<String, Integer> builds = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> protocols = new LinkedHashMap<>();
        boolean live = false;
        for (Path summary : runSummaries(dir)) {
            JsonNode root = readJson(summary);
            String version = text(root.get("gossamer_version"));
            String commit = text(root.get("gossamer_commit"));
            builds.merge(build(version, commit), 1, Integer::sum);
            String variant = root.path("parameters").path("variant").asText("");
            if (!variant.isEmpty() && !variantSettings.containsKey(variant) && resolved.isObject()) {
                // What the variant sets: where its runs' scenario differs from the base, swept paths aside.
                List<String> set = ScenarioPaths.differences(resolved, root.path("scenario_resolved"), swept.keySet());
                variantSettings.put(variant, set.isEmpty() ? "the scenario as it is" : String.join("; ", set));
            }
            java.util.Set<String> used = protocols.computeIfAbsent(variant, v -> new java.util.LinkedHashSet<>());
            for (JsonNode c : root.path("scenario_resolved").path("nodes")) {
                if (c.has("protocol") && !c.path("count").asText("").equals("0")) {
                    used.add(Setup.flow(c.get("protocol")));
                }
            }
            live |= root.path("metrics").has("live");
        }
        if (!protocols.isEmpty()) {
            List<String> parts = new ArrayList<>();
            protocols.forEach((variant, used) -> parts.add((variant.isEmpty() ? "" : "variant " + variant + ": ")
                    + String.join(", ", used)));
            // Next to the node classes, whose protocols the scenario gives before variants change them.
            int at = 0;
            for (int i = 0; i < scenarioFacts.size(); i++) {
                if (scenarioFacts.get(i).name().startsWith("node class ")) {
                    at = i + 1;
                }
            }
            scenarioFacts.add(at, new Setup.Fact(protocols.size() == 1 && protocols.containsKey("") ? "protocols"
                    : "protocols by variant", String.join("; ", parts)));
            for (Map.Entry<String, String> v : variantSettings.entrySet()) {
                scenarioFacts.add(++at, new Setup.Fact("variant " + v.getKey() + " sets", v.getValue()));
            }
        }
        facts.addAll(scenarioFacts);
        facts.add(new Setup.Fact("seeds", seeds(plan)));
        if (builds.isEmpty()) {
            facts.add(new Setup.Fact("Gossamer", "not recorded (no run has a summary.json yet)"));
        } else if (builds.size() == 1) {
            facts.add(new Setup.Fact("Gossamer", builds.keySet().iterator().next()));
        } else {
            List<String> parts = new ArrayList<>();
            builds.forEach((b, n) -> parts.add(b + " (" + Quantity.digits(n) + (n == 1 ? " run)" : " runs)")));
            facts.add(new Setup.Fact("Gossamer", "the runs were made by " + builds.size() + " builds: " + String.join("; ", parts)));
        }
        facts.add(new Setup.Fact("to run it again", sweepCommand(dir, scenario, live)
                + " (--jobs and --out change nothing in the results)"));
        return new Setup(facts);
    }

    /** A build as summary.json records it: the version and the commit (git describe). */
    private static String build(String version, String commit) {
        return (version == null ? "version not recorded" : version) + ", commit "
                + (commit == null ? "not recorded" : commit.isEmpty() ? "unknown (built outside a git checkout)" : commit);
    }

    /** How the runs' seeds came about, told from the plan: listed in the scenario, or derived from its seed. */
    private static String seeds(JsonNode plan) {
        String base = text(plan.get("base_seed"));
        Map<String, java.util.Set<String>> byReplicate = new LinkedHashMap<>();
        java.util.Set<String> points = new java.util.HashSet<>();
        plan.path("runs").forEach(r -> {
            points.add(r.path("point").asText());
            byReplicate.computeIfAbsent(r.path("replicate").asText(), k -> new java.util.LinkedHashSet<>())
                    .add(r.path("seed").asText());
        });
        String master = base == null ? "" : "master seed " + base + " (the scenario's seed); ";
        if (points.size() > 1 && !byReplicate.isEmpty() && byReplicate.values().stream().allMatch(v -> v.size() == 1)) {
            List<String> listed = byReplicate.values().stream().map(v -> v.iterator().next()).toList();
            return master + "the scenario lists the seeds (sweep.seeds): replicate r of every point runs with the r-th, "
                    + String.join(", ", listed);
        }
        return master + "each run's seed is derived from it, the point's swept values and the replicate (SplitMix64, "
                + "docs/scenarios.md#sweep), so a run's seed never depends on the other runs; sweep.csv lists every run's seed";
    }

    /** The command that repeats the sweep: the scenario and --set values as sweep-info.json records them. */
    private static String sweepCommand(Path dir, String scenario, boolean live) {
        Path info = dir.resolve("sweep-info.json");
        StringBuilder command = new StringBuilder("gossamer sweep ");
        if (Files.isRegularFile(info)) {
            JsonNode json = readJson(info);
            command.append(Setup.shellWord(json.path("scenario_argument").asText(scenario)));
            json.path("sets").forEach(set -> command.append(" --set ").append(Setup.shellWord(set.asText())));
        } else {
            command.append(Setup.shellWord(scenario));
        }
        return command.append(live ? " --live" : "").toString();
    }

    /** The summary.json of every finished run under runs/, in run-id order. */
    private static List<Path> runSummaries(Path dir) {
        Path runs = dir.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(runs)) {
            return listing.map(r -> r.resolve(SUMMARY_JSON)).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runs, e);
        }
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
        String name = scenario == null ? fallbackName : scenario;
        List<Setup.Fact> setup = new ArrayList<>(Setup.scenario(resolved));
        if (root.has("gossamer_version") || root.has("gossamer_commit")) {
            setup.add(new Setup.Fact("Gossamer", build(text(root.get("gossamer_version")), text(root.get("gossamer_commit")))));
        }
        if (!setup.isEmpty() || root.has("seed")) {
            boolean live = root.path("metrics").has("live");
            runCommand(name, text(root.get("seed")), text(resolved.get("seed")), parameters, live)
                    .ifPresent(c -> setup.add(new Setup.Fact("to run it again", c + " (the scenario's file path in place of "
                            + name + " if that is not a bundled scenario's name)")));
            if (!live && resolved.isObject()) {
                setup.add(new Setup.Fact("to repeat it exactly", "gossamer run DIR, DIR being this run's results directory:"
                        + " it reruns the scenario, seed and parameters its summary.json recorded"));
            }
        }
        return new RunSummary(name, text(root.get("description")),
                text(root.get("gossamer_version")), text(root.get("seed")), parameters, text(root.get("events")),
                text(root.get("simulated_time_s")), text(root.get("end")), metrics, classes,
                options(resolved.path("report"), file), text(root.get("gossamer_commit")), new Setup(setup));
    }

    /**
     * The command that repeats a run: its seed where the scenario's differs, its parameters as
     * --set values. None for a live run or a sweep variant, which no command line sets alone.
     */
    private static Optional<String> runCommand(String scenario, String seed, String scenarioSeed,
            Map<String, String> parameters, boolean live) {
        if (live || parameters.containsKey("variant")) {
            return Optional.empty();
        }
        StringBuilder command = new StringBuilder("gossamer run ").append(Setup.shellWord(scenario));
        if (seed != null && !seed.equals(scenarioSeed)) {
            command.append(" --seed ").append(seed);
        }
        parameters.forEach((path, value) -> command.append(" --set ").append(Setup.shellWord(path + "=" + value)));
        return Optional.of(command.toString());
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
