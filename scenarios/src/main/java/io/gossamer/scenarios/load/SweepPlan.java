package io.gossamer.scenarios.load;

import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.model.SweepSpec;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.YamlNode;
import io.gossamer.sim.random.SplitMix64;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of a sweep: every point of the grid (crossed with the zipped group and the variants) times every
 * replicate, each with its seed. A run's seed is the explicit seed of its replicate, or is
 * derived from the base seed, the point's values and the replicate number, so it does not
 * change when other points are added or the sweep is split into shards.
 *
 * @param scenario the scenario (with its sweep)
 * @param paths the swept value paths, grid first, then zip
 * @param runs the runs in order (point-major)
 */
public record SweepPlan(Scenario scenario, List<String> paths, List<RunSpec> runs) {

    /**
     * One run of a sweep.
     *
     * @param id its id, e.g. p003-r07
     * @param point the parameter point, from 1
     * @param replicate the replicate, from 1
     * @param seed the run's master seed
     * @param parameters the swept values as written, by path
     * @param values the swept values as YAML, by path
     */
    public record RunSpec(String id, int point, int replicate, long seed, Map<String, String> parameters,
            Map<String, YamlNode> values) {
        /** Copies the maps, keeping their order. */
        public RunSpec {
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The plan of a scenario; a scenario without a sweep has one run with its own seed. */
    public static SweepPlan of(Scenario scenario) {
        SweepSpec sweep = scenario.sweep();
        if (sweep == null) {
            return new SweepPlan(scenario, List.of(),
                    List.of(new RunSpec("p001-r001", 1, 1, scenario.seed(), Map.of(), Map.of())));
        }
        List<String> paths = new ArrayList<>();
        sweep.grid().forEach(d -> paths.add(d.path()));
        sweep.zip().forEach(d -> paths.add(d.path()));
        if (!sweep.variants().isEmpty()) {
            paths.add(SweepSpec.VARIANT);
        }
        List<Map<String, YamlNode>> points = new ArrayList<>();
        points.add(new LinkedHashMap<>());
        for (SweepSpec.Dimension d : sweep.grid()) {
            List<Map<String, YamlNode>> next = new ArrayList<>();
            for (Map<String, YamlNode> p : points) {
                for (YamlNode v : d.values()) {
                    Map<String, YamlNode> q = new LinkedHashMap<>(p);
                    q.put(d.path(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        if (!sweep.zip().isEmpty()) {
            List<Map<String, YamlNode>> next = new ArrayList<>();
            for (Map<String, YamlNode> p : points) {
                for (int i = 0; i < sweep.zip().get(0).values().size(); i++) {
                    Map<String, YamlNode> q = new LinkedHashMap<>(p);
                    for (SweepSpec.Dimension d : sweep.zip()) {
                        q.put(d.path(), d.values().get(i));
                    }
                    next.add(q);
                }
            }
            points = next;
        }
        if (!sweep.variants().isEmpty()) {
            List<Map<String, YamlNode>> next = new ArrayList<>();
            for (Map<String, YamlNode> p : points) {
                for (SweepSpec.Variant v : sweep.variants()) {
                    Map<String, YamlNode> q = new LinkedHashMap<>(p);
                    q.put(SweepSpec.VARIANT, new YamlNode.Scalar(v.name(), new Location("sweep.variants." + v.name(), 1, 1)));
                    next.add(q);
                }
            }
            points = next;
        }
        int replicates = sweep.replicates();
        int pointWidth = Math.max(3, String.valueOf(points.size()).length());
        int repWidth = Math.max(3, String.valueOf(replicates).length());
        List<RunSpec> runs = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            Map<String, String> texts = new LinkedHashMap<>();
            points.get(p).forEach((k, v) -> texts.put(k, Trees.text(v)));
            for (int r = 0; r < replicates; r++) {
                long seed = sweep.seeds().isEmpty() ? derivedSeed(scenario.seed(), texts, r + 1) : sweep.seeds().get(r);
                String id = String.format("p%0" + pointWidth + "d-r%0" + repWidth + "d", p + 1, r + 1);
                runs.add(new RunSpec(id, p + 1, r + 1, seed, texts, points.get(p)));
            }
        }
        return new SweepPlan(scenario, paths, runs);
    }

    /** The seed of replicate {@code replicate} at the point with values {@code point}. */
    static long derivedSeed(long base, Map<String, String> point, int replicate) {
        StringBuilder key = new StringBuilder();
        point.forEach((k, v) -> key.append(k).append('=').append(v).append('\n'));
        return SplitMix64.mix64(SplitMix64.mix64(base ^ SplitMix64.hash(key.toString())) + replicate * SplitMix64.GAMMA);
    }

    /** The tree of one run: the scenario's tree with the run's swept values set. */
    public YamlNode treeOf(RunSpec run) {
        YamlNode tree = scenario.tree();
        for (Map.Entry<String, YamlNode> e : run.values().entrySet()) {
            if (e.getKey().equals(SweepSpec.VARIANT)) {
                String name = ((YamlNode.Scalar) e.getValue()).text();
                SweepSpec.Variant variant = scenario.sweep().variants().stream().filter(v -> v.name().equals(name)).findFirst()
                        .orElseThrow();
                for (Map.Entry<String, YamlNode> set : variant.values().entrySet()) {
                    tree = Trees.set(tree, set.getKey(), set.getValue(), where(set.getValue(), "sweep.variants." + name + "." + set.getKey()));
                }
            } else {
                tree = Trees.set(tree, e.getKey(), e.getValue(), where(e.getValue(), "sweep." + e.getKey()));
            }
        }
        return tree;
    }

    /**
     * Where a swept value is written in the file, so that a problem with its path or value
     * points there; a value with no place in a file (made by --set) is named by its path.
     */
    private static Location where(YamlNode value, String path) {
        Location at = value.location();
        return at != null && at.line() > 0 ? at : new Location(path, 1, 1);
    }
}
