package io.gossamer.experiments.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.experiments.results.ResultFiles;
import io.gossamer.experiments.results.RunWriter;
import io.gossamer.live.AddressFile;
import io.gossamer.live.LiveConfig;
import io.gossamer.live.Part;
import io.gossamer.scenarios.model.MetricSpec;
import io.gossamer.scenarios.model.ProcessSpec;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.spi.MetricProvider;
import io.gossamer.scenarios.spi.MetricResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Live runs split over processes ({@code gossamer live --part i/N}) and how their parts'
 * directories become one run ({@code gossamer merge}). Every part runs the whole scenario with
 * the same seed, so injections, joins, failures and random draws are the same everywhere; a
 * part hosts node n if {@code n mod N = i - 1} and runs the others as shadows whose traffic is
 * discarded. Each part writes a run directory whose figures count its own nodes, plus
 * {@value #PART_JSON}: every metric's result with the raw data it needs to be merged, and the
 * {@code live} metric's totals. The merge computes each metric from its parts
 * ({@link MetricProvider#mergeParts}) and writes a run directory with the same keys as a run
 * in one process.
 */
public final class LiveParts {
    /** The file that makes a run directory a part of a split run. */
    public static final String PART_JSON = "part.json";

    private LiveParts() {
    }

    /**
     * Refuses what a split run cannot do: a metric whose parts cannot be merged, and nodes that
     * start after time 0 at ports the other parts cannot know.
     */
    static void check(Scenario scenario, LiveConfig config, Part part) {
        for (MetricSpec m : scenario.metrics()) {
            if (!m.provider().mergesParts()) {
                throw new IllegalArgumentException("--part " + part + ": metric '" + m.provider().name() + "' cannot be measured"
                        + " in a run split into parts (it reads the protocol state of every node, and a part runs only its own"
                        + " nodes for real); leave it out of 'metrics' or run in one process");
            }
        }
        long later = 0;
        for (ProcessSpec p : scenario.processes()) {
            later += p.operation().newNodes(p.params(), p.count());
        }
        if (later > 0 && config.lowPort() == 0) {
            throw new IllegalArgumentException("--part " + part + ": " + scenario.name() + " may start up to " + later
                    + " nodes after time 0, and the other parts must know where they listen: give --ports LOW-HIGH (node n"
                    + " listens on LOW+n) to every part");
        }
    }

    /** The run's session in the address file: the resolved scenario, the seed and the number of parts. */
    static String session(Scenario scenario, long seed, Part part) {
        String sha = RunWriter.sha256(ResultFiles.toJson(ResultFiles.json(scenario.tree())));
        return sha.substring(0, 16) + "-seed" + seed + "-of" + part.count();
    }

    /** A part's part.json. */
    static ObjectNode partJson(LiveRun.Split split, AddressFile file, long startEpochNs,
            io.gossamer.scenarios.run.RunOutcome outcome, LiveTotals totals) {
        ObjectNode o = ResultFiles.object();
        o.put("part", split.part().index());
        o.put("parts", split.part().count());
        o.put("session", file.session());
        o.put("addresses", split.addresses().toString());
        o.put("clock_start_epoch_ns", startEpochNs);
        ObjectNode metrics = o.putObject("metrics");
        outcome.metrics().forEach((name, m) -> {
            if (!name.equals("live")) {
                metrics.set(name, toJson(m));
            }
        });
        o.set("live_totals", totals.toJson());
        return o;
    }

    /** What a merge did. */
    public record Merged(int parts, Path dir) {
    }

    /**
     * Puts the parts in {@code dirs} (each a part's run directory) together into run directory
     * {@code out}, all or nothing.
     *
     * @param metrics the metric providers, to find each metric's merge
     * @throws IllegalArgumentException if a directory is not a part, or the parts are not all
     *     the parts of one run
     */
    public static Merged merge(List<Path> dirs, Path out, Collection<MetricProvider> metrics) throws IOException {
        List<JsonNode> parts = new ArrayList<>();
        List<ObjectNode> summaries = new ArrayList<>();
        List<JsonNode> infos = new ArrayList<>();
        for (Path d : dirs) {
            Path p = d.resolve(PART_JSON);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(d + " is not a part of a split live run (no " + PART_JSON + ")");
            }
            parts.add(ResultFiles.readJson(p));
            summaries.add((ObjectNode) ResultFiles.readJson(d.resolve("summary.json")));
            infos.add(ResultFiles.readJson(d.resolve("run-info.json")));
        }
        int n = parts.get(0).path("parts").asInt();
        String session = parts.get(0).path("session").asText();
        JsonNode[] byIndex = new JsonNode[n];
        int[] order = new int[n];
        for (int k = 0; k < parts.size(); k++) {
            JsonNode p = parts.get(k);
            if (p.path("parts").asInt() != n || !p.path("session").asText().equals(session)) {
                throw new IllegalArgumentException(dirs.get(k) + " is a part of another run than " + dirs.get(0) + " (part.json's"
                        + " session " + p.path("session").asText() + " of " + p.path("parts").asInt() + " parts, against " + session
                        + " of " + n + "): the parts of one run have the same scenario, --set values, seed and number of parts");
            }
            int i = p.path("part").asInt();
            if (byIndex[i - 1] != null) {
                throw new IllegalArgumentException(dirs.get(k) + " and " + dirs.get(order[i - 1]) + " are both part " + i + "/" + n);
            }
            byIndex[i - 1] = p;
            order[i - 1] = k;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (byIndex[i] == null) {
                missing.add((i + 1) + "/" + n);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the run has " + n + " parts and part" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " missing: give every part's directory");
        }
        Map<String, MetricProvider> providers = new LinkedHashMap<>();
        metrics.forEach(m -> providers.put(m.name(), m));
        Map<String, MetricResult> merged = new LinkedHashMap<>();
        ObjectNode first = summaries.get(order[0]);
        for (Iterator<String> it = first.path("metrics").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.equals("live")) {
                List<LiveTotals> totals = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    totals.add(LiveTotals.fromJson(byIndex[i].path("live_totals")));
                }
                merged.put(name, new MetricResult(LiveTotals.merge(totals).figures(), Map.of(), Map.of()));
                continue;
            }
            MetricProvider provider = providers.get(name);
            if (provider == null || !provider.mergesParts()) {
                throw new IllegalArgumentException("metric '" + name + "' of " + dirs.get(0) + " cannot be merged"
                        + (provider == null ? " (no such metric here: is its plug-in on the class path?)" : ""));
            }
            List<MetricResult> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                results.add(fromJson(byIndex[i].path("metrics").path(name)));
            }
            merged.put(name, provider.mergeParts(results));
        }
        RunWriter.write(out, summary(first, summaries, merged), runInfo(infos, dirs, order), merged.values(), Map.of());
        return new Merged(n, out);
    }

    /** The first part's summary.json with the merged figures, events summed and times the latest part's. */
    private static ObjectNode summary(ObjectNode first, List<ObjectNode> summaries, Map<String, MetricResult> merged) {
        ObjectNode s = first.deepCopy();
        long events = 0;
        double end = 0;
        double last = 0;
        Set<String> ends = new LinkedHashSet<>();
        String endOfLatest = first.path("end").asText();
        for (ObjectNode p : summaries) {
            events += p.path("events").asLong();
            if (p.path("simulated_time_s").asDouble() >= end) {
                end = p.path("simulated_time_s").asDouble();
                endOfLatest = p.path("end").asText();
            }
            last = Math.max(last, p.path("last_event_s").asDouble());
            ends.add(p.path("end").asText());
        }
        s.put("events", events);
        s.set("simulated_time_s", ResultFiles.number(end));
        s.set("last_event_s", ResultFiles.number(last));
        s.put("end", ends.size() == 1 ? ends.iterator().next() : endOfLatest);
        ObjectNode metrics = ResultFiles.object();
        merged.forEach((name, m) -> {
            ObjectNode mo = metrics.putObject(name);
            m.summary().forEach((k, v) -> mo.set(k, ResultFiles.number(v)));
        });
        s.set("metrics", metrics);
        return s;
    }

    /**
     * The parts' run-info.json together: the longest wall time, CPU time summed, the earliest
     * start, every host; the {@code live} counters summed (largest of means, percentiles and
     * maxima); and each part's own.
     */
    private static ObjectNode runInfo(List<JsonNode> infos, List<Path> dirs, int[] order) {
        ObjectNode o = ResultFiles.object();
        JsonNode first = infos.get(order[0]);
        double wall = 0;
        double cpu = 0;
        String started = first.path("started_at").asText();
        Set<String> hosts = new LinkedHashSet<>();
        for (int i : order) {
            JsonNode p = infos.get(i);
            wall = Math.max(wall, p.path("wall_s").asDouble());
            cpu += p.path("cpu_s").asDouble();
            if (p.path("started_at").asText().compareTo(started) < 0) {
                started = p.path("started_at").asText();
            }
            hosts.add(p.path("host").asText());
        }
        o.set("wall_s", ResultFiles.number(wall));
        o.set("cpu_s", ResultFiles.number(cpu));
        o.put("started_at", started);
        o.put("host", String.join(", ", hosts));
        o.set("java", first.path("java"));
        o.set("os", first.path("os"));
        o.set("cores", first.path("cores"));
        ObjectNode live = ResultFiles.object();
        for (int i : order) {
            mergeLive(live, infos.get(i).path("live"));
        }
        live.remove("part");
        live.put("parts", order.length);
        o.set("live", live);
        ArrayNode each = o.putArray("parts");
        for (int i : order) {
            ObjectNode p = infos.get(i).deepCopy();
            p.put("dir", dirs.get(i).toString());
            each.add(p);
        }
        return o;
    }

    private static void mergeLive(ObjectNode into, JsonNode part) {
        for (Iterator<Map.Entry<String, JsonNode>> it = part.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode v = e.getValue();
            JsonNode was = into.get(k);
            if (v.isObject()) {
                ObjectNode sub = was instanceof ObjectNode w ? w : into.putObject(k);
                mergeLive(sub, v);
            } else if (v.isNumber() && was != null && was.isNumber()) {
                boolean largest = k.contains("max") || k.contains("mean") || k.matches(".*_p\\d+_.*");
                double a = was.asDouble();
                double b = v.asDouble();
                if (v.isIntegralNumber() && was.isIntegralNumber()) {
                    into.put(k, largest ? Math.max(was.asLong(), v.asLong()) : was.asLong() + v.asLong());
                } else {
                    into.set(k, ResultFiles.number(largest ? Math.max(a, b) : a + b));
                }
            } else if (was == null) {
                into.set(k, v.deepCopy());
            }
        }
    }

    static ObjectNode toJson(MetricResult m) {
        ObjectNode o = ResultFiles.object();
        ObjectNode summary = o.putObject("summary");
        m.summary().forEach((k, v) -> summary.set(k, ResultFiles.number(v)));
        ObjectNode series = o.putObject("series");
        m.series().forEach((name, s) -> {
            ObjectNode so = series.putObject(name);
            ArrayNode cols = so.putArray("columns");
            s.columns().forEach(cols::add);
            ArrayNode rows = so.putArray("rows");
            for (double[] r : s.rows()) {
                ArrayNode row = rows.addArray();
                for (double v : r) {
                    row.add(ResultFiles.number(v));
                }
            }
        });
        ObjectNode tables = o.putObject("tables");
        m.tables().forEach((name, t) -> {
            ObjectNode to = tables.putObject(name);
            ArrayNode cols = to.putArray("columns");
            t.columns().forEach(cols::add);
            ArrayNode rows = to.putArray("rows");
            for (List<String> r : t.rows()) {
                ArrayNode row = rows.addArray();
                r.forEach(row::add);
            }
        });
        return o;
    }

    static MetricResult fromJson(JsonNode o) {
        Map<String, Double> summary = new LinkedHashMap<>();
        o.path("summary").fields().forEachRemaining(e -> summary.put(e.getKey(), e.getValue().isNull() ? null
                : e.getValue().asDouble()));
        Map<String, MetricResult.Series> series = new LinkedHashMap<>();
        o.path("series").fields().forEachRemaining(e -> {
            List<String> cols = new ArrayList<>();
            e.getValue().path("columns").forEach(c -> cols.add(c.asText()));
            List<double[]> rows = new ArrayList<>();
            for (JsonNode r : e.getValue().path("rows")) {
                double[] row = new double[r.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.get(i).isNull() ? Double.NaN : r.get(i).asDouble();
                }
                rows.add(row);
            }
            series.put(e.getKey(), new MetricResult.Series(cols, rows));
        });
        Map<String, MetricResult.Table> tables = new LinkedHashMap<>();
        o.path("tables").fields().forEachRemaining(e -> {
            List<String> cols = new ArrayList<>();
            e.getValue().path("columns").forEach(c -> cols.add(c.asText()));
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode r : e.getValue().path("rows")) {
                List<String> row = new ArrayList<>();
                r.forEach(c -> row.add(c.asText()));
                rows.add(row);
            }
            tables.put(e.getKey(), new MetricResult.Table(cols, rows));
        });
        return new MetricResult(summary, series, tables);
    }
}
