package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.SweepSpec;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.Section;
import io.gossamer.scenarios.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code sweep}: seeds, grid, zip and variants, each path checked against the scenario. */
final class SweepReader {
    private static final int MAX_SEEDS = 100_000;
    /** The keys of {@code sweep}. */
    static final CoreSection SWEEP = new CoreSection("sweep",
            "A parameter sweep: points (grid x zip x variants) times replicates; run it with 'gossamer sweep'",
            List.of(new CoreKey("seeds", new ValueShape.Defined("sweep-seeds"), "whole number 1 to " + MAX_SEEDS
                            + ", or a list of whole numbers", "`1`",
                            "replicates per point: a count (seeds derived), or explicit seeds (one replicate each)", ""),
                    new CoreKey("grid", new ValueShape.Defined("sweep-dimensions"), "mapping of value path → list of values", "none",
                            "every combination of the values is a point", ""),
                    new CoreKey("zip", new ValueShape.Defined("sweep-dimensions"), "mapping of value path → list of values", "none",
                            "the lists (all the same length) are walked together, and each step is crossed with the grid", ""),
                    new CoreKey("variants", new ValueShape.Defined("sweep-variants"), "mapping of name → mapping of value path → value",
                            "none", "named sets of values, crossed with the grid and zip as one more dimension, `variant`;"
                                    + " a name is a plain file name (letters, digits, `.`, `-`, `_`)", "")));

    private SweepReader() {
    }

    static SweepSpec read(YamlNode node, YamlNode tree, Problems problems) {
        if (node == null) {
            return null;
        }
        Section s = Section.of(node, "sweep", SWEEP.names()).checkKnown();
        List<Long> seeds = new ArrayList<>();
        Integer count = problems.attempt(() -> seeds(s, seeds));
        List<SweepSpec.Dimension> grid = problems.attempt(() -> dimensions(s.get("grid"), "sweep.grid", tree));
        List<SweepSpec.Dimension> zip = problems.attempt(() -> dimensions(s.get("zip"), "sweep.zip", tree));
        if (zip != null) {
            for (SweepSpec.Dimension d : zip) {
                if (d.values().size() != zip.get(0).values().size()) {
                    problems.add(new ScenarioFileException(s.get("zip").location(), "the lists under 'sweep.zip' must have the same length ('"
                            + zip.get(0).path() + "' has " + zip.get(0).values().size() + ", '" + d.path() + "' has " + d.values().size() + ")"));
                    break;
                }
            }
        }
        List<SweepSpec.Variant> variants = problems.attempt(() -> variants(s.get("variants"), tree));
        if (count == null || grid == null || zip == null || variants == null) {
            return null;
        }
        return new SweepSpec(grid, zip, variants, count, seeds);
    }

    private static int seeds(Section s, List<Long> seeds) {
        YamlNode seedsNode = s.get("seeds");
        if (seedsNode == null) {
            return 1;
        }
        if (seedsNode instanceof YamlNode.Sequence list) {
            for (YamlNode item : list.items()) {
                String text = item instanceof YamlNode.Scalar sc ? sc.text() : null;
                try {
                    seeds.add(Long.parseLong(text));
                } catch (NumberFormatException | NullPointerException e) {
                    throw new ScenarioFileException(item.location(), "'sweep.seeds' items must be whole numbers");
                }
            }
            if (seeds.isEmpty()) {
                throw new ScenarioFileException(list.location(), "'sweep.seeds' is an empty list");
            }
            for (int i = 1; i < seeds.size(); i++) {
                if (seeds.subList(0, i).contains(seeds.get(i))) {
                    // Two replicates with one seed are one run twice: the interval would shrink for nothing.
                    throw new ScenarioFileException(list.items().get(i).location(), "'sweep.seeds' lists seed " + seeds.get(i)
                            + " twice: a replicate repeated is the same run, and would narrow the confidence intervals falsely");
                }
            }
            return 0;
        }
        long n = s.integer("seeds", 1, 1);
        if (n > MAX_SEEDS) {
            throw new ScenarioFileException(seedsNode.location(), "'sweep.seeds' must be at most " + MAX_SEEDS);
        }
        return (int) n;
    }

    private static List<SweepSpec.Variant> variants(YamlNode node, YamlNode tree) {
        List<SweepSpec.Variant> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Mapping m) || m.entries().isEmpty()) {
            throw new ScenarioFileException(node.location(), "'sweep.variants' must map names to value paths and values,"
                    + " e.g. pubsub: {nodes.user.protocol: pubsub}");
        }
        for (YamlNode.Entry e : m.entries().values()) {
            FileNames.check(e.key(), e.keyLocation(), "the name of variant '" + e.key() + "'");
            if (!(e.value() instanceof YamlNode.Mapping sets) || sets.entries().isEmpty()) {
                throw new ScenarioFileException(e.value().location(), "variant '" + e.key()
                        + "' must map value paths to values, e.g. {nodes.user.protocol: flood}");
            }
            Map<String, YamlNode> values = new LinkedHashMap<>();
            for (YamlNode.Entry v : sets.entries().values()) {
                checkPath(v.key(), v.keyLocation(), tree);
                values.put(v.key(), v.value());
            }
            out.add(new SweepSpec.Variant(e.key(), values));
        }
        return out;
    }

    private static void checkPath(String path, Location at, YamlNode tree) {
        if (path.startsWith("sweep")) {
            throw new ScenarioFileException(at, "a sweep cannot sweep its own settings");
        }
        // The path must lead somewhere that exists, to a new key of an existing mapping, or into
        // a top-level section the file leaves out (network.loss without a network section: the
        // run's tree gets one, and building each point checks its keys).
        String[] parts = path.split("\\.");
        String parentPath = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
        boolean absentSection = Trees.get(tree, parts[0]) == null && ScenarioLoader.TOP.names().contains(parts[0]);
        if (Trees.get(tree, path) == null && !parentPath.isEmpty() && Trees.get(tree, parentPath) == null && !absentSection) {
            throw new ScenarioFileException(at, "'" + path + "' is not a value path of this scenario"
                    + " (list items are named by their name or class, e.g. nodes.laptop.count)");
        }
    }

    private static List<SweepSpec.Dimension> dimensions(YamlNode node, String path, YamlNode tree) {
        List<SweepSpec.Dimension> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof YamlNode.Mapping m)) {
            throw new ScenarioFileException(node.location(), "'" + path + "' must map value paths to lists of values, e.g. network.loss: [0%, 10%]");
        }
        for (YamlNode.Entry e : m.entries().values()) {
            if (!(e.value() instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
                throw new ScenarioFileException(e.value().location(), "'" + path + "." + e.key() + "' must be a non-empty list of values");
            }
            checkPath(e.key(), e.keyLocation(), tree);
            if (path.equals("sweep.grid")) {
                List<String> seen = new ArrayList<>();
                for (YamlNode item : list.items()) {
                    if (item instanceof YamlNode.Scalar sc && sc.text() != null) {
                        if (seen.contains(sc.text())) {
                            // Same values, same seeds: a second point identical to the first.
                            throw new ScenarioFileException(item.location(), "'" + path + "." + e.key() + "' lists " + sc.text()
                                    + " twice: both points would be the same runs with the same seeds");
                        }
                        seen.add(sc.text());
                    }
                }
            }
            out.add(new SweepSpec.Dimension(e.key(), list.items()));
        }
        return out;
    }
}
