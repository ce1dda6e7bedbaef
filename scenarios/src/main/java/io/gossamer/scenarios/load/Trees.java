package io.gossamer.scenarios.load;

import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits of a scenario tree by value path ("network.loss.rate", "nodes.phone.count",
 * "processes.0.count"): list items are addressed by their name (the value of their
 * {@code name} or {@code class} key) or by their index.
 */
public final class Trees {
    /** Keys that name a list item. */
    static final List<String> IDENTITY_KEYS = List.of("name", "class");

    private Trees() {
    }

    /**
     * The tree with the value at {@code path} replaced by {@code value}; missing mapping keys
     * on the way are created.
     *
     * @param at where the edit was asked for, for errors
     */
    public static YamlNode set(YamlNode tree, String path, YamlNode value, Location at) {
        String[] parts = path.split("\\.", -1);
        for (String p : parts) {
            if (p.isEmpty()) {
                throw new ScenarioFileException(at, "'" + path + "' is not a value path (use keys joined by dots, e.g. network.loss.rate)");
            }
        }
        return set(tree, parts, 0, value, at, path);
    }

    private static YamlNode set(YamlNode node, String[] parts, int i, YamlNode value, Location at, String path) {
        if (i == parts.length) {
            return value;
        }
        String key = parts[i];
        String prefix = String.join(".", java.util.Arrays.copyOf(parts, i + 1));
        if (node instanceof YamlNode.Mapping m) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(m.entries());
            YamlNode.Entry e = entries.get(key);
            YamlNode child = e == null ? new YamlNode.Mapping(Map.of(), at) : e.value();
            YamlNode updated = set(child, parts, i + 1, value, at, path);
            entries.put(key, new YamlNode.Entry(key, e == null ? at : e.keyLocation(), updated));
            return new YamlNode.Mapping(entries, m.location());
        }
        if (node instanceof YamlNode.Sequence s) {
            int index = indexOf(s, key);
            if (index < 0) {
                throw new ScenarioFileException(at, "'" + path + "': the list at '" + String.join(".", java.util.Arrays.copyOf(parts, i))
                        + "' has no item named or numbered '" + key + "' (items: " + itemNames(s) + ")");
            }
            List<YamlNode> items = new ArrayList<>(s.items());
            items.set(index, set(items.get(index), parts, i + 1, value, at, path));
            return new YamlNode.Sequence(items, s.location());
        }
        // A scalar on the way: replace it by a mapping only if it is null.
        if (node instanceof YamlNode.Scalar sc && sc.text() == null) {
            return set(new YamlNode.Mapping(Map.of(), at), parts, i, value, at, path);
        }
        throw new ScenarioFileException(at, "'" + path + "': '" + prefix.substring(0, prefix.lastIndexOf('.') < 0 ? prefix.length() : prefix.lastIndexOf('.'))
                + "' is " + node.kind() + ", which has no key '" + key + "'");
    }

    /** The value at a path, or null. */
    public static YamlNode get(YamlNode tree, String path) {
        YamlNode node = tree;
        for (String key : path.split("\\.")) {
            if (node instanceof YamlNode.Mapping m) {
                YamlNode.Entry e = m.entries().get(key);
                if (e == null) {
                    return null;
                }
                node = e.value();
            } else if (node instanceof YamlNode.Sequence s) {
                int index = indexOf(s, key);
                if (index < 0) {
                    return null;
                }
                node = s.items().get(index);
            } else {
                return null;
            }
        }
        return node;
    }

    private static int indexOf(YamlNode.Sequence s, String key) {
        for (int i = 0; i < s.items().size(); i++) {
            String name = identity(s.items().get(i));
            if (key.equals(name)) {
                return i;
            }
        }
        if (key.matches("\\d{1,6}")) {
            int index = Integer.parseInt(key);
            return index < s.items().size() ? index : -1;
        }
        return -1;
    }

    private static String itemNames(YamlNode.Sequence s) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < s.items().size(); i++) {
            String n = identity(s.items().get(i));
            names.add(n == null ? String.valueOf(i) : n);
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** The name of a list item (its name or class key), or null. */
    static String identity(YamlNode item) {
        if (item instanceof YamlNode.Mapping m) {
            for (String k : IDENTITY_KEYS) {
                YamlNode.Entry e = m.entries().get(k);
                if (e != null && e.value() instanceof YamlNode.Scalar s && s.text() != null) {
                    return s.text();
                }
            }
        }
        return null;
    }

    /**
     * {@code child} laid over {@code parent} (for {@code extends}): mappings merge key by key;
     * lists of named items merge item by item (new names are appended); anything else in the
     * child replaces the parent's value.
     */
    public static YamlNode merge(YamlNode parent, YamlNode child) {
        if (parent instanceof YamlNode.Mapping p && child instanceof YamlNode.Mapping c) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(p.entries());
            for (YamlNode.Entry e : c.entries().values()) {
                YamlNode.Entry old = entries.get(e.key());
                entries.put(e.key(), new YamlNode.Entry(e.key(), e.keyLocation(),
                        old == null ? e.value() : merge(old.value(), e.value())));
            }
            return new YamlNode.Mapping(entries, c.location());
        }
        if (parent instanceof YamlNode.Sequence p && child instanceof YamlNode.Sequence c && allNamed(p) && allNamed(c)) {
            List<YamlNode> items = new ArrayList<>(p.items());
            for (YamlNode item : c.items()) {
                int at = indexOf(new YamlNode.Sequence(items, p.location()), identity(item));
                if (at >= 0 && identity(items.get(at)).equals(identity(item))) {
                    items.set(at, merge(items.get(at), item));
                } else {
                    items.add(item);
                }
            }
            return new YamlNode.Sequence(items, c.location());
        }
        return child;
    }

    private static boolean allNamed(YamlNode.Sequence s) {
        return !s.items().isEmpty() && s.items().stream().allMatch(i -> identity(i) != null);
    }

    /** A mapping without one key. */
    static YamlNode.Mapping without(YamlNode.Mapping m, String key) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>(m.entries());
        entries.remove(key);
        return new YamlNode.Mapping(entries, m.location());
    }

    /** A value as short text: scalars as written, lists and mappings in YAML flow style. */
    public static String text(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.text() == null ? "null" : s.text();
        }
        if (node instanceof YamlNode.Sequence s) {
            List<String> parts = new ArrayList<>();
            s.items().forEach(i -> parts.add(text(i)));
            return "[" + String.join(", ", parts) + "]";
        }
        YamlNode.Mapping m = (YamlNode.Mapping) node;
        List<String> parts = new ArrayList<>();
        m.entries().values().forEach(e -> parts.add(e.key() + ": " + text(e.value())));
        return "{" + String.join(", ", parts) + "}";
    }
}
