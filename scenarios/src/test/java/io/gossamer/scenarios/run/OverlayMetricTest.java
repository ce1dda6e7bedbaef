package io.gossamer.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.spi.MetricResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code overlay} metric: every figure over the live nodes, worked out by hand on a small graph. */
class OverlayMetricTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();
    /**
     * Nodes 0-5 stay, 6-9 crash at 1 s (or, starting at 5 s, never). Among the live nodes: a directed ring 0 -> 1 -> ... -> 5 -> 0 with the
     * chords 3 -> 0 and 4 -> 0 (8 links); the other links touch a crashed node.
     */
    private static final String EDGES = "0 1\n1 2\n2 3\n3 4\n4 5\n5 0\n3 0\n4 0\n0 6\n6 1\n7 8\n2 9\n9 2\n";
    private static final String SCENARIO = """
            name: m
            duration: 2s
            overlay: {file: edges.txt}
            nodes:
              - class: stay
                count: 6
                protocol: flood
              - class: crash
                count: 4
                protocol: flood
            processes:
              - do: fail-fraction
                fraction: 100%
                class: crash
                start: 1s
            metrics:
              - overlay: PARAMS
            """;

    @TempDir
    Path dir;

    private MetricResult run(String params, boolean failures) throws IOException {
        Files.writeString(dir.resolve("edges.txt"), EDGES);
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, SCENARIO.replace("PARAMS", params).replace("start: 1s", failures ? "start: 1s" : "start: 5s"));
        Scenario s = LOADER.load(ScenarioSource.ofFile(f), List.of());
        return new ScenarioRunner(s, s.seed()).run(RunProgress.NONE).metrics().get("overlay");
    }

    @Test
    void everyFigureIsTakenOverTheLiveNodes() throws IOException {
        MetricResult r = run("{}", true);
        Map<String, Double> s = r.summary();
        assertEquals(List.of("nodes", "edges", "in_degree_mean", "in_degree_sd", "in_degree_max", "clustering", "path_length",
                "unreachable_pairs", "largest_component_live"), List.copyOf(s.keySet()));
        assertEquals(6, s.get("nodes"));
        assertEquals(8, s.get("edges"));
        // In-degrees 3, 1, 1, 1, 1, 1: mean 4/3, sd sqrt(14/6 - 16/9) = sqrt(5)/3.
        assertEquals(4 / 3.0, s.get("in_degree_mean"), 1e-12);
        assertEquals(Math.sqrt(5) / 3, s.get("in_degree_sd"), 1e-12);
        assertEquals(3, s.get("in_degree_max"));
        // Nodes 3 (out 4, 0) and 4 (out 5, 0) have two live out-neighbours, linked (4 -> 0, 5 -> 0): 1 each.
        // Node 0's link to 6 and node 2's to 9 no longer count, so neither has a pair.
        assertEquals(1.0, s.get("clustering"), 1e-12);
        // The 30 ordered pairs are all connected, at 74 hops in total.
        assertEquals(74 / 30.0, s.get("path_length"), 1e-12);
        assertEquals(0, s.get("unreachable_pairs"));
        assertEquals(1.0, s.get("largest_component_live"));
        assertEquals(List.of("in_degree", "nodes"), r.tables().get("overlay-in-degree").columns());
        assertEquals(List.of(List.of("1", "5"), List.of("3", "1")), r.tables().get("overlay-in-degree").rows());
    }

    @Test
    void withoutFailuresEveryNodeCountsAndSampledSourcesCoverSmallGraphsExactly() throws IOException {
        Map<String, Double> all = run("{}", false).summary();
        assertEquals(10, all.get("nodes"));
        assertEquals(13, all.get("edges"));
        assertEquals(1.3, all.get("in_degree_mean"), 1e-12);
        // Node 7 has no path from anyone and reaches only 8; node 8 reaches nobody.
        assertEquals(true, all.get("unreachable_pairs") > 0);
        // Above exact-up-to the sources are sampled without replacement: asking for more than there are is exact.
        Map<String, Double> sampled = run("{exact-up-to: 3, sources: 100}", true).summary();
        assertEquals(74 / 30.0, sampled.get("path_length"), 1e-12);
        Map<String, Double> few = run("{exact-up-to: 3, sources: 2}", true).summary();
        assertEquals(true, few.get("path_length") >= 1 && few.get("path_length") <= 5, few.toString());
    }
}
