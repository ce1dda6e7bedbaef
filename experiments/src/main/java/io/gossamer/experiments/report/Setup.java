package io.gossamer.experiments.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The setup of a run or sweep as a report shows it: the scenario as written (its resolved form
 * in summary.json or sweep.json: node classes, network, overlay, processes, duration and stop
 * condition, ...) and how to repeat it (seeds, Gossamer version and commit, the command).
 *
 * @param facts name and text of each line, in the order shown
 */
record Setup(List<Fact> facts) {
    /** No setup: the result files say nothing of it. */
    static final Setup NONE = new Setup(List.of());

    /** Copies the list. */
    Setup {
        facts = List.copyOf(facts);
    }

    /**
     * One line of the setup.
     *
     * @param name what it is, e.g. {@code network}
     * @param text its value as written in the scenario, or in words
     */
    record Fact(String name, String text) {
    }

    // Keys the scenario facts show in their own way, or that are not part of the setup.
    private static final Set<String> SHOWN_APART = Set.of("name", "description", "seed", "duration", "stop-when",
            "node-count", "nodes", "network", "overlay", "processes", "metrics", "report", "sweep", "extends");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._%/=:+@,-]+");

    /**
     * The scenario's setup as its resolved form gives it: node classes and counts, network,
     * overlay, processes, any other section, metrics, duration and stop condition.
     */
    static List<Fact> scenario(JsonNode resolved) {
        List<Fact> out = new ArrayList<>();
        if (resolved == null || !resolved.isObject()) {
            return out;
        }
        if (resolved.has("node-count")) {
            out.add(new Fact("node-count", flow(resolved.get("node-count"))));
        }
        for (JsonNode c : resolved.path("nodes")) {
            out.add(new Fact("node class " + c.path("class").asText("?"), nodeClass(c)));
        }
        if (resolved.path("network").isObject()) {
            out.add(new Fact("network", entries(resolved.get("network"), Set.of())));
        }
        if (resolved.has("overlay")) {
            out.add(new Fact("overlay", resolved.get("overlay").isObject()
                    ? entries(resolved.get("overlay"), Set.of()) : flow(resolved.get("overlay"))));
        }
        for (JsonNode p : resolved.path("processes")) {
            out.add(new Fact("process " + p.path("name").asText("?"), entries(p, Set.of("name"))));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!SHOWN_APART.contains(e.getKey())) {
                out.add(new Fact(e.getKey(), e.getValue().isObject() ? entries(e.getValue(), Set.of()) : flow(e.getValue())));
            }
        }
        if (resolved.has("metrics")) {
            List<String> metrics = new ArrayList<>();
            resolved.get("metrics").forEach(m -> metrics.add(m.isObject() ? entries(m, Set.of()) : flow(m)));
            out.add(new Fact("metrics", String.join(", ", metrics)));
        }
        String duration = resolved.has("duration") ? flow(resolved.get("duration")) : null;
        String stop = resolved.has("stop-when") ? flow(resolved.get("stop-when")) : null;
        if (duration != null || stop != null) {
            out.add(new Fact("duration", stop == null ? duration + " of simulated time"
                    : "until stop-when " + stop + " holds" + (duration == null ? "" : ", at most " + duration
                    + " of simulated time")));
        }
        return out;
    }

    /** A node class: its count (or share), protocol and the rest of its keys as written. */
    private static String nodeClass(JsonNode c) {
        List<String> parts = new ArrayList<>();
        if (c.has("count")) {
            String count = flow(c.get("count"));
            parts.add(count.equals(ScenarioPaths.SWEPT) ? "count swept" : count + (count.equals("1") ? " node" : " nodes"));
        }
        if (c.has("share")) {
            parts.add(flow(c.get("share")) + " of node-count");
        }
        if (c.has("protocol")) {
            parts.add("protocol " + flow(c.get("protocol")));
        }
        String rest = entries(c, Set.of("class", "count", "share", "protocol"));
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return String.join(", ", parts);
    }

    /** A mapping's entries as "key value, key value", values in YAML flow style. */
    static String entries(JsonNode map, Set<String> skip) {
        List<String> parts = new ArrayList<>();
        map.fields().forEachRemaining(e -> {
            if (!skip.contains(e.getKey())) {
                parts.add(e.getKey() + " " + flow(e.getValue()));
            }
        });
        return String.join(", ", parts);
    }

    /** A value in YAML flow style, as a scenario file could write it: {@code {model: lognormal, mean: 50ms}}. */
    static String flow(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isObject()) {
            List<String> parts = new ArrayList<>();
            node.fields().forEachRemaining(e -> parts.add(e.getKey() + ": " + flow(e.getValue())));
            return "{" + String.join(", ", parts) + "}";
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            node.forEach(v -> parts.add(flow(v)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toPlainString();
        }
        return node.asText();
    }

    /** A command-line argument, quoted for a POSIX shell where it needs it. */
    static String shellWord(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
