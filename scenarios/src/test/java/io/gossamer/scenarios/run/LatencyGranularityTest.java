package io.gossamer.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.sim.Time;
import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.net.model.GranularLatency;
import io.gossamer.sim.random.RandomStreams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code granularity} on a latency: delays in whole units, as PeerSim's integer-millisecond transports draw them. */
class LatencyGranularityTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();
    private static final String BASE = """
            name: g
            seed: 5
            duration: 10s
            stop-when: all-delivered
            network:
              latency: LATENCY
            overlay: {type: d-out, degree: 4, undirected: true}
            nodes:
              - class: peer
                count: 300
                protocol: flood
            processes:
              - name: alert
                do: broadcast
                size: 1KiB
                count: 3
                every: 1s
            """;

    @TempDir
    Path dir;

    private Path write(String latency) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, BASE.replace("LATENCY", latency));
        return f;
    }

    private Scenario load(String latency) throws IOException {
        return LOADER.load(ScenarioSource.ofFile(write(latency)), List.of());
    }

    private Map<String, Double> run(String latency) throws IOException {
        Scenario s = load(latency);
        return new ScenarioRunner(s, s.seed()).run(RunProgress.NONE).metrics().get("dissemination").summary();
    }

    @Test
    void everyDelayIsAWholeNumberOfUnitsAndTheDrawsStayTheSame() throws IOException {
        LatencyModel plain = load("{model: uniform, min: 10ms, max: 100ms}").network().latency().latency(new RandomStreams(1));
        LatencyModel rounded = load("{model: uniform, min: 10ms, max: 100ms, granularity: 1ms}").network().latency()
                .latency(new RandomStreams(1));
        assertFalse(plain instanceof GranularLatency, "no rounding unless asked for");
        assertTrue(rounded instanceof GranularLatency);
        RandomStreams a = new RandomStreams(3);
        RandomStreams b = new RandomStreams(3);
        for (int i = 0; i < 1000; i++) {
            long raw = plain.delay(0, 1, a.stream("x", 0));
            long d = rounded.delay(0, 1, b.stream("x", 0));
            assertEquals(0, d % Time.MILLISECOND);
            assertEquals(raw, d, Time.MILLISECOND / 2);
        }
        // In a run, every first receipt is a sum of whole milliseconds.
        Map<String, Double> whole = run("{model: uniform, min: 10ms, max: 100ms, granularity: 1ms}");
        Map<String, Double> fine = run("{model: uniform, min: 10ms, max: 100ms}");
        for (String figure : List.of("pooled_t50_ms", "pooled_t90_ms", "pooled_t99_ms", "last_max_ms")) {
            assertEquals(Math.rint(whole.get(figure)), whole.get(figure), figure);
        }
        assertNotEquals(Math.rint(fine.get("last_max_ms")), fine.get("last_max_ms"));
        assertEquals(fine.get("pooled_t50_ms"), whole.get("pooled_t50_ms"), 10, "rounding moves a delay by half a ms a hop");
        assertEquals(1.0, whole.get("coverage"));
    }

    @Test
    void theShorthandAndSetLatencyTakeItTooAndItMustBePositive() throws IOException {
        assertTrue(load("{model: constant, delay: 10ms, granularity: 1ms}").network().latency()
                .latency(new RandomStreams(1)) instanceof GranularLatency);
        String zero = assertThrows(ScenarioFileException.class, () -> load("{model: uniform, min: 1ms, max: 2ms, granularity: 0ms}"))
                .getMessage();
        assertTrue(zero.matches(".*s\\.yaml:6:\\d+: 'network\\.latency\\.granularity' must be a positive duration, e\\.g\\. 1ms.*"), zero);
        String word = assertThrows(ScenarioFileException.class, () -> load("{model: uniform, min: 1ms, max: 2ms, granularity: fine}"))
                .getMessage();
        assertTrue(word.contains("s.yaml:6:") && word.contains("'network.latency.granularity'"), word);
        Path f = dir.resolve("set.yaml");
        Files.writeString(f, BASE.replace("LATENCY", "5ms") + "  - do: set-latency\n    latency: {model: normal, mean: 20ms, sd: 5ms,"
                + " granularity: 1ms}\n    start: 2s\n");
        Scenario s = LOADER.load(ScenarioSource.ofFile(f), List.of());
        assertEquals(1.0, new ScenarioRunner(s, s.seed()).run(RunProgress.NONE).metrics().get("dissemination").summary().get("coverage"));
    }
}
