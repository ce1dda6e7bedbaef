package io.gossamer.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plumtree provider from a scenario file: joins, alerts, a crash of 20%, alerts after it. */
class PlumtreeScenarioTest {
    static final String SCENARIO = String.join("\n",
            "name: plumtree",
            "duration: 60s",
            "stop-when: all-delivered",
            "network:",
            "  latency: {model: uniform, min: 5ms, max: 50ms}",
            "nodes:",
            "  - class: peer",
            "    count: 300",
            "    protocol: plumtree",
            "processes:",
            "  - name: alerts",
            "    do: broadcast",
            "    count: 4",
            "    every: 1s",
            "    start: 5s",
            "  - name: crash",
            "    do: fail-fraction",
            "    fraction: 20%",
            "    start: {after-end-of: alerts, delay: 1s}",
            "  - name: after",
            "    do: broadcast",
            "    count: 4",
            "    every: 2s",
            "    start: {after-end-of: crash, delay: 100ms}",
            "metrics: [dissemination]",
            "");

    @TempDir
    Path dir;

    private Map<String, Double> run(List<String> sets, long seed) throws IOException {
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, SCENARIO);
        Scenario s = ScenarioLoader.discover().load(ScenarioSource.ofFile(f), sets);
        return new ScenarioRunner(s, seed).run(RunProgress.NONE).metrics().get("dissemination").summary();
    }

    @Test
    void everyAlertReachesEveryNodeAliveAtTheEndThroughTheCrash() throws IOException {
        Map<String, Double> d = run(List.of(), 5);
        assertEquals(8.0, d.get("messages"));
        assertEquals(1.0, d.get("coverage_alive"), d.toString());
        // Four pruned trees and four repaired ones: far fewer copies than flooding's ~4 per node.
        assertTrue(d.get("redundancy") < 2, d.toString());
    }

    @Test
    void sameSeedSameSummary() throws IOException {
        List<String> shorter = List.of("processes.after.count=1");
        assertEquals(run(shorter, 9), run(shorter, 9));
    }
}
