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

/** Centralized pub/sub against T8 and with a failing broker. */
class PubSubTest {
    static final String SCENARIO = """
            name: pubsub
            duration: 20s
            stop-when: all-delivered
            network:
              latency: 20ms
            nodes:
              - class: broker
                count: 1
                uplink: 100Mbit/s
                protocol: broker
              - class: user
                count: 1000
                protocol: pubsub
            processes:
              - name: alert
                do: broadcast
                class: user
                size: 1KB
                start: 1s
            metrics: [dissemination, traffic]
            """;

    @TempDir
    Path dir;

    private RunOutcome run(String yaml, List<String> sets, long seed) throws IOException {
        Path f = dir.resolve("pubsub.yaml");
        Files.writeString(f, yaml);
        Scenario s = ScenarioLoader.discover().load(ScenarioSource.ofFile(f), sets);
        return new ScenarioRunner(s, seed).run(RunProgress.NONE);
    }

    @Test
    void lastDeliveryIsLatencyPlusTheBrokersUplinkTimeT8() throws IOException {
        RunOutcome out = run(SCENARIO, List.of(), 1);
        Map<String, Double> d = out.metrics().get("dissemination").summary();
        assertEquals(1.0, d.get("coverage"));
        // Publisher -> broker (20 ms), then 999 notifications of 1000 B through 100 Mbit/s
        // (80 us each: 79.92 ms for the last), then 20 ms to the last subscriber.
        double expected = 20 + 999 * 0.08 + 20;
        assertEquals(expected, d.get("t100_ms"), 0.5, "t100");
        assertEquals(1000.0, d.get("sent"));
        assertEquals(2.0, d.get("hops_mean"));
    }

    @Test
    void nothingGetsThroughOnceTheBrokerHasFailed() throws IOException {
        String failing = SCENARIO.replace("  - name: alert\n",
                "  - name: crash\n    do: fail\n    class: broker\n    start: 500ms\n  - name: alert\n");
        assertTrue(failing.contains("do: fail"));
        RunOutcome out = run(failing, List.of("stop-when=duration", "duration=5s"), 2);
        Map<String, Double> d = out.metrics().get("dissemination").summary();
        // Only the publisher itself has its alert.
        assertEquals(0.001, d.get("coverage"), 1e-9);
        assertTrue(out.metrics().get("traffic").summary().get("dropped_dead_node") >= 1);
    }
}
