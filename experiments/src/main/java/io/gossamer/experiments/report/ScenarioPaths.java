package io.gossamer.experiments.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Value paths in a resolved scenario as {@code --set} and sweeps write them
 * ({@code network.loss}, {@code nodes.phone.protocol}: list items by their {@code class} or
 * {@code name}, else their index), for a sweep's setup: what the sweep varies is shown as
 * swept rather than as the base scenario's value, and what a variant changes is listed.
 */
final class ScenarioPaths {
    /** The text that stands for a swept value. */
    static final String SWEPT = "swept";

    private ScenarioPaths() {
    }

    /** A copy of {@code resolved} with the value at each of {@code paths} (where present) replaced by {@link #SWEPT}. */
    static JsonNode markSwept(JsonNode resolved, Collection<String> paths) {
        JsonNode copy = resolved.deepCopy();
        for (String path : paths) {
            String[] keys = path.split("\\.");
            JsonNode at = copy;
            for (int i = 0; i < keys.length - 1 && at != null; i++) {
                at = child(at, keys[i]);
            }
            if (at instanceof ObjectNode o && o.has(keys[keys.length - 1])) {
                o.set(keys[keys.length - 1], TextNode.valueOf(SWEPT));
            }
        }
        return copy;
    }

    /**
     * Where {@code run} differs from {@code base}: "path value" for each value it sets
     * differently (or adds), leaves of mappings and list items matched by class or name;
     * {@code skip} paths (the swept ones) left out.
     */
    static List<String> differences(JsonNode base, JsonNode run, Collection<String> skip) {
        List<String> out = new ArrayList<>();
        differences("", base, run, skip, out);
        return out;
    }

    private static void differences(String prefix, JsonNode base, JsonNode run, Collection<String> skip, List<String> out) {
        if (skip.contains(prefix)) {
            return;
        }
        if (run.isObject() && base != null && base.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = run.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                differences(join(prefix, e.getKey()), base.get(e.getKey()), e.getValue(), skip, out);
            }
        } else if (run.isArray() && base != null && base.isArray() && keyed((ArrayNode) run) && keyed((ArrayNode) base)) {
            for (JsonNode item : run) {
                String key = key(item);
                differences(join(prefix, key), child(base, key), item, skip, out);
            }
        } else if (!run.equals(base)) {
            out.add(prefix + " " + Setup.flow(run));
        }
    }

    private static String join(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** True if every item is a mapping with a class or name, as node classes and processes are. */
    private static boolean keyed(ArrayNode list) {
        for (JsonNode item : list) {
            if (key(item) == null) {
                return false;
            }
        }
        return true;
    }

    private static String key(JsonNode item) {
        if (!item.isObject()) {
            return null;
        }
        return item.hasNonNull("class") ? item.get("class").asText() : item.hasNonNull("name") ? item.get("name").asText() : null;
    }

    /** A mapping's entry, or a list's item by class, name or index; null if none. */
    private static JsonNode child(JsonNode node, String key) {
        if (node.isObject()) {
            return node.get(key);
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (key.equals(key(item))) {
                    return item;
                }
            }
            if (key.chars().allMatch(Character::isDigit) && key.length() < 9) {
                return node.get(Integer.parseInt(key));
            }
        }
        return null;
    }
}
