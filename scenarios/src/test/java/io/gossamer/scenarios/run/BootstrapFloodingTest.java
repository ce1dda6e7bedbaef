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

/** The study's gossip: nodes join through a bootstrap server and flood over their connection pools. */
class BootstrapFloodingTest {
    static final String SCENARIO = String.join("\n",
            "name: bootstrap",
            "duration: 30s",
            "stop-when: all-delivered",
            "network:",
            "  latency: {model: uniform, min: 5ms, max: 50ms}",
            "nodes:",
            "  - class: server",
            "    count: 1",
            "    protocol: bootstrap-server",
            "  - class: peer",
            "    count: 30",
            "    protocol: {name: flood, neighbours: bootstrap}",
            "processes:",
            "  - name: alert",
            "    do: broadcast",
            "    class: peer",
            "    start: 2s",
            "metrics: [dissemination, traffic]",
            "");

    @TempDir
    Path dir;

    private Map<String, Double> run(String yaml, List<String> sets) throws IOException {
        Path f = dir.resolve("b.yaml");
        Files.writeString(f, yaml);
        Scenario s = ScenarioLoader.discover().load(ScenarioSource.ofFile(f), sets);
        return new ScenarioRunner(s, 3).run(RunProgress.NONE).metrics().get("dissemination").summary();
    }

    @Test
    void joiningThroughTheServerGivesEveryNodeEveryOtherAndFloodingReachesAll() throws IOException {
        Map<String, Double> d = run(SCENARIO, List.of());
        assertEquals(1.0, d.get("coverage"));
        // Pools form the complete graph: the origin sends 29 copies, every other node 28.
        assertEquals(29 + 29 * 28, d.get("sent"));
        // Every node is one hop from the origin, but with random latency a relay can beat the direct copy.
        assertTrue(d.get("hops_mean") >= 1 && d.get("hops_mean") < 2, "hops " + d.get("hops_mean"));
    }

    @Test
    void recentPeersGiveSparserPoolsAndLongerPaths() throws IOException {
        Map<String, Double> d = run(SCENARIO, List.of("nodes.server.protocol={name: bootstrap-server, peers: recent, k: 2}"));
        assertEquals(1.0, d.get("coverage"));
        assertTrue(d.get("sent") < 29 * 10, "sent " + d.get("sent"));
        assertTrue(d.get("hops_max") >= 4, "hops " + d.get("hops_max"));
    }

    @Test
    void withoutTheServerNodesStayAloneAndOnlyTheOriginHasTheAlert() throws IOException {
        String failing = SCENARIO.replace("  - name: alert\n",
                "  - name: crash\n    do: fail\n    class: server\n  - name: alert\n");
        assertTrue(failing.contains("class: server\n  - name: alert"));
        Map<String, Double> d = run(failing, List.of("stop-when=duration", "duration=5s"));
        assertEquals(1.0 / 30, d.get("coverage"), 1e-9);
        assertEquals(0.0, d.get("sent"));
    }
}
