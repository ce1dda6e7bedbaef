package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void aMetricsDescriptionQuotesTheSettingsItNames() {
        String pss = FigureDocs.bundled().metric("pss").orElseThrow();
        assertTrue(pss.contains("Every \u2018every\u2019 it samples a time series (\u2018series/pss.csv\u2019)"), pss);
        assertTrue(pss.contains("from \u2018from\u2019 on") && !pss.contains("from from"), pss);
    }

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

        // Each figure's caption is its own: no two figures of a metric share one (a row of the
        // docs naming several figures in one sentence would caption each with all of them).
        for (Map.Entry<String, MetricResult> m : out.metrics().entrySet()) {
            Map<String, String> seen = new java.util.HashMap<>();
            for (String figure : m.getValue().summary().keySet()) {
                String meaning = docs.meaning(m.getKey(), figure).orElseThrow();
                String before = seen.put(meaning, figure);
                assertTrue(before == null, m.getKey() + "." + figure + " and " + before + " share the caption: " + meaning);
            }
        }
    }

    @Test
    void aCaptionDescribesItsOwnFigureNotItsRow() {
        FigureDocs docs = FigureDocs.bundled();
        String delivered = docs.meaning("traffic.delivered").orElseThrow();
        assertTrue(delivered.startsWith("network messages delivered"), delivered);
        assertFalse(delivered.contains("sent"), delivered);
        String duplicates = docs.meaning("dissemination.duplicates").orElseThrow();
        assertTrue(duplicates.contains("already held"), duplicates);
        assertFalse(duplicates.contains("payload"), duplicates);
        String loss = docs.meaning("traffic.dropped_loss").orElseThrow();
        assertTrue(loss.contains("lost"), loss);
        assertFalse(loss.contains("partition") || loss.contains("NAT"), loss);
        // "that share of the targets" referred to nothing in a caption: the share is written out.
        String t90 = docs.meaning("dissemination.t90_ms").orElseThrow();
        assertTrue(t90.contains("90 % of the targets"), t90);
        assertFalse(t90.contains("that share"), t90);
        assertTrue(docs.meaning("dissemination.t100_alive_ms").orElseThrow().contains("every target still alive at the end"));
        assertTrue(docs.meaning("dissemination.t99_n_ms").orElseThrow().contains("99 %"));
        assertTrue(docs.meaning("dissemination.last_max_ms").orElseThrow().startsWith("largest delay"));
        assertTrue(docs.meaning("dissemination.last_ms").orElseThrow().startsWith("mean"));
        // A figure alone in its row keeps the docs' own words.
        assertEquals(docs.row("dissemination.redundancy"), docs.meaning("dissemination.redundancy"));
    }

    @Test
    void everyFigureOfARowNamingSeveralHasItsOwnWords() {
        FigureDocs docs = FigureDocs.bundled();
        assertTrue(docs.shared().size() > 40, docs.shared().toString());
        for (String figure : docs.shared()) {
            assertTrue(FigureDocs.own(figure).isPresent(), figure + " shares its row of docs/scenarios.md but has no words of its own");
        }
        for (String p : List.of("50", "90", "99", "100")) {
            for (String suffix : List.of("_ms", "_alive_ms", "_n", "_n_ms")) {
                assertTrue(FigureDocs.own("dissemination.t" + p + suffix).isPresent(), p + suffix);
            }
        }
    }
}
