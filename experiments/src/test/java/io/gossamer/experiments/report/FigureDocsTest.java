package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.run.RunOutcome;
import io.gossamer.scenarios.run.RunProgress;
import io.gossamer.scenarios.run.ScenarioRunner;
import io.gossamer.scenarios.spi.MetricResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every figure a run writes has a meaning in the docs the reports show beside it. */
class FigureDocsTest {
    /** Push gossip over an undirected overlay, failures, loss: every figure of these metrics appears. */
    private static final String SCENARIO = """
            name: figures
            duration: 5s
            stop-when: all-delivered
            network: {latency: {model: uniform, min: 5ms, max: 15ms, granularity: 1ms}, loss: 1%}
            overlay: {type: d-out, degree: 6, undirected: true}
            nodes:
              - class: peer
                count: 120
                protocol: {name: push, period: 50ms}
            processes:
              - name: crash
                do: fail-fraction
                fraction: 10%
                start: 100ms
              - do: broadcast
                size: 1KiB
                count: 2
                every: 200ms
                start: {after-end-of: crash}
            metrics: [dissemination, nodes, traffic, overlay]
            """;

    @TempDir
    Path dir;

    @Test
    void everyFigureOfTheseMetricsIsDocumented() throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, SCENARIO);
        Scenario s = ScenarioLoader.discover().load(ScenarioSource.ofFile(f), List.of());
        RunOutcome out = new ScenarioRunner(s, s.seed()).run(RunProgress.NONE);
        FigureDocs docs = FigureDocs.bundled();
        List<String> undocumented = new ArrayList<>();
        int figures = 0;
        for (Map.Entry<String, MetricResult> m : out.metrics().entrySet()) {
            for (String figure : m.getValue().summary().keySet()) {
                figures++;
                if (docs.meaning(m.getKey(), figure).isEmpty()) {
                    undocumented.add(m.getKey() + "." + figure);
                }
            }
        }
        assertEquals(List.of(), undocumented);
        assertTrue(out.metrics().get("dissemination").summary().containsKey("rounds_all"), "push reports rounds");
        assertTrue(out.metrics().get("overlay").summary().containsKey("in_degree_sd"));
        assertTrue(figures > 60, figures + " figures");
        assertTrue(docs.meaning("overlay", "in_degree_sd").orElseThrow().contains("standard deviation"));
        assertTrue(docs.meaning("dissemination", "rounds_last").orElseThrow().contains("rounds"));
    }
}
