package io.gossamer.scenarios.load;

import java.util.ArrayList;
import java.util.List;

/**
 * A core section of scenario files (the top level, network, a node class, ...) with its keys in
 * the order the docs list them.
 *
 * @param path how messages and docs name it ("" for the top level; "nodes[]" for a list item)
 * @param summary one line saying what it is
 * @param keys its keys
 */
public record CoreSection(String path, String summary, List<CoreKey> keys) {
    /** Copies the list. */
    public CoreSection {
        keys = List.copyOf(keys);
    }

    /** The key names, in order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        keys.forEach(k -> out.add(k.key()));
        return List.copyOf(out);
    }

    /** The declaration of one key. */
    public CoreKey key(String name) {
        for (CoreKey k : keys) {
            if (k.key().equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException(path + " has no key " + name);
    }

    /** The key table of docs/scenarios.md (with an example column if any key has an example). */
    public String markdownTable() {
        boolean examples = keys.stream().anyMatch(k -> !k.example().isEmpty());
        StringBuilder b = new StringBuilder(examples ? "| key | type | default | meaning | example |\n|---|---|---|---|---|\n"
                : "| key | type | default | meaning |\n|---|---|---|---|\n");
        for (CoreKey k : keys) {
            b.append("| `").append(k.key()).append("` | ").append(k.type()).append(" | ").append(k.defaultText()).append(" | ")
                    .append(k.meaning()).append(" |");
            if (examples) {
                b.append(' ').append(k.example().isEmpty() ? "" : "`" + k.example() + "`").append(k.example().isEmpty() ? "|" : " |");
            }
            b.append('\n');
        }
        return b.toString();
    }
}
