package io.gossamer.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.YamlNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario's {@code report} section: kept in the resolved scenario for the report, and checked with its place. */
class ReportSectionTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();
    private static final String BASE = """
            duration: 10s
            nodes:
              - class: peer
                count: 10
                protocol: flood
            """;

    @TempDir
    Path dir;

    private ScenarioFileException error(String report) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, BASE + report);
        return assertThrows(ScenarioFileException.class, () -> LOADER.load(ScenarioSource.ofFile(f), List.of()));
    }

    @Test
    void aReportSectionIsKeptInTheResolvedScenario() throws IOException {
        Path f = dir.resolve("ok.yaml");
        Files.writeString(f, BASE + "report: {plots: [dissemination.t90_ms, traffic], x-log: true}\n");
        YamlNode.Mapping tree = (YamlNode.Mapping) LOADER.load(ScenarioSource.ofFile(f), List.of()).tree();
        YamlNode.Mapping report = (YamlNode.Mapping) tree.entries().get("report").value();
        assertEquals(List.of("plots", "x-log"), List.copyOf(report.entries().keySet()));
    }

    @Test
    void mistakesAreNamedWithTheirPlace() throws IOException {
        String key = error("report: {plot: [dissemination.t90_ms]}\n").getMessage();
        assertTrue(key.contains("s.yaml:6:") && key.contains("did you mean 'plots'?"), key);
        String list = error("report: {plots: dissemination.t90_ms}\n").getMessage();
        assertTrue(list.contains("s.yaml:6:") && list.contains("'report.plots' is a list of figures"), list);
        String item = error("report:\n  plots: [\"t90 ms\"]\n").getMessage();
        assertTrue(item.contains("s.yaml:7:") && item.contains("METRIC.NAME"), item);
        String flag = error("report: {x-log: sometimes}\n").getMessage();
        assertTrue(flag.contains("'report.x-log' must be true or false"), flag);
    }
}
