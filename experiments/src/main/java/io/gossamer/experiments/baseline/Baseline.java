package io.gossamer.experiments.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.experiments.results.ResultFiles;
import io.gossamer.scenarios.Numbers;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.RunProgress;
import io.gossamer.scenarios.run.ScenarioRunner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A regression baseline: a scenario, a seed and overrides, with the deterministic figures one
 * run of them gave (events, end, every summary metric). Checking reruns it and lists every
 * figure that differs; timings are measured and reported, never compared.
 *
 * @param file where it is kept
 * @param scenario bundled scenario name or path (relative to the baseline file)
 * @param seed the seed
 * @param overrides --set overrides
 * @param expected figure name to value as text ("" for undefined)
 */
public record Baseline(Path file, String scenario, long seed, List<String> overrides, Map<String, String> expected) {

    /** What a check found. */
    public record Check(Baseline baseline, Map<String, String> actual, List<String> differences, double cpuSeconds) {
        /** True if every figure matched. */
        public boolean passed() {
            return differences.isEmpty();
        }
    }

    /** Reads a baseline file. */
    public static Baseline read(Path file) throws IOException {
        JsonNode n;
        try {
            n = ResultFiles.readJson(file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (n.has("seed") && !n.get("seed").isIntegralNumber()) {
            throw new IllegalArgumentException(file + ": 'seed' must be a whole number, got " + n.get("seed"));
        }
        List<String> sets = new ArrayList<>();
        n.path("set").forEach(s -> sets.add(s.asText()));
        Map<String, String> expected = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.path("figures").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            expected.put(e.getKey(), e.getValue().asText());
        }
        if (!n.has("scenario") || !n.has("seed")) {
            throw new IllegalArgumentException(file + ": a baseline needs 'scenario' and 'seed'");
        }
        return new Baseline(file, n.get("scenario").asText(), n.get("seed").asLong(), sets, expected);
    }

    /** Runs the baseline's scenario and compares with the expected figures. */
    public Check check(ScenarioLoader loader) {
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        Map<String, String> actual = figures(loader);
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String got = actual.get(e.getKey());
            if (got == null) {
                differences.add(e.getKey() + ": expected " + e.getValue() + ", no longer reported");
            } else if (!got.equals(e.getValue())) {
                differences.add(e.getKey() + ": expected " + show(e.getValue()) + ", got " + show(got));
            }
        }
        for (String k : actual.keySet()) {
            if (!expected.containsKey(k)) {
                differences.add(k + ": new figure " + show(actual.get(k)) + " (update the baseline to accept it)");
            }
        }
        return new Check(this, actual, differences, cpu);
    }

    /** The baseline with the figures of a fresh run, written back to its file. */
    public Baseline update(ScenarioLoader loader) {
        Baseline fresh = new Baseline(file, scenario, seed, overrides, figures(loader));
        ObjectNode o = ResultFiles.object();
        o.put("scenario", scenario);
        o.put("seed", seed);
        ArrayNode set = o.putArray("set");
        overrides.forEach(set::add);
        ObjectNode figures = o.putObject("figures");
        fresh.expected().forEach(figures::put);
        ResultFiles.writeAtomically(file, ResultFiles.toJson(o));
        return fresh;
    }

    private Map<String, String> figures(ScenarioLoader loader) {
        ScenarioSource source = ScenarioSource.resolve(scenario.contains("/") || scenario.endsWith(".yaml")
                ? file.toAbsolutePath().getParent().resolve(scenario).toString() : scenario);
        Scenario s = loader.load(source, overrides);
        RunOutcome out = new ScenarioRunner(s, seed).run(RunProgress.NONE);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("events", String.valueOf(out.events()));
        f.put("end", out.end());
        f.put("simulated_time_s", Numbers.format(out.endTime() / 1e9));
        f.put("last_event_s", Numbers.format(out.lastEventTime() / 1e9));
        out.metrics().forEach((metric, result) -> result.summary().forEach((k, v) ->
                f.put(metric + "." + k, v == null ? "" : Numbers.format(v))));
        return f;
    }

    private static String show(String value) {
        return value.isEmpty() ? "undefined" : value;
    }
}
