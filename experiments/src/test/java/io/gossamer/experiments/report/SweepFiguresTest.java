package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.experiments.report.ResultFixtures.Axis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which sweep figures get a chart: those that vary, and every one the scenario's report.plots names. */
class SweepFiguresTest {
    private static final Axis LOSS = new Axis("network.loss", List.of("0%", "10%", "20%", "30%"));

    @TempDir
    Path tmp;

    @Test
    void aFigureTheScenarioListsIsDrawnEvenWhenItIsTheSameInEveryRun() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 5, LOSS);
        flatCoverage(dir);
        // As loss-sweep.yaml asks: report: {plots: [dissemination.t90_ms, dissemination.coverage]}
        Files.writeString(dir.resolve("sweep.json"), "{ \"scenario\": \"loss-sweep\", \"paths\": [\"network.loss\"], "
                + "\"scenario_resolved\": {\"report\": {\"plots\": [\"dissemination.t90_ms\", \"dissemination.coverage\"]}} }\n");
        SweepResults sweep = ResultReader.readSweep(dir);
        List<SweepFigures.Figure> ordered = SweepFigures.ordered(SweepFigures.of(sweep), sweep.options());
        List<SweepPlots.Drawn> drawn = SweepPlots.of(sweep, ordered, sweep.options());

        assertEquals(List.of("dissemination.t90_ms", "dissemination.coverage"), drawn.stream().map(SweepPlots.Drawn::figure).toList());
        XYPlot coverage = (XYPlot) drawn.get(1).plot();
        assertEquals(List.of(100.0, 100.0, 100.0, 100.0), coverage.lines().get(0).y(), "a flat line at 100 %");
        assertTrue(drawn.get(1).remarks().get(0).startsWith("The same in every run: 100"), drawn.get(1).remarks().toString());

        String html = Files.readString(ReportWriter.write(dir));
        assertTrue(Files.exists(dir.resolve("report/dissemination.coverage.png")));
        assertTrue(html.contains("report/dissemination.coverage.png"), "the page shows the chart");
        assertFalse(html.contains("dissemination.coverage: 100\u00a0% in every run"), "nor lists it as not drawn");
    }

    @Test
    void aFlatFigureNobodyAskedForIsListedNotDrawn() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 5, LOSS);
        flatCoverage(dir);
        SweepResults sweep = ResultReader.readSweep(dir);
        List<SweepPlots.Drawn> drawn = SweepPlots.of(sweep, SweepFigures.ordered(SweepFigures.of(sweep), sweep.options()),
                sweep.options());
        assertEquals(List.of("dissemination.t90_ms"), drawn.stream().map(SweepPlots.Drawn::figure).toList());
        assertTrue(Files.readString(ReportWriter.write(dir)).contains("dissemination.coverage: 100\u00a0% in every run"));
    }

    /** Coverage 100 % in every run at every point, as flooding reaches everyone at 0-30 % loss. */
    static void flatCoverage(Path dir) throws IOException {
        Path aggregate = dir.resolve("aggregate.csv");
        String rows = Files.readString(aggregate).lines().map(l -> {
            int at = l.indexOf(",dissemination.coverage,");
            if (at < 0) {
                return l;
            }
            String[] f = l.substring(at + 1).split(",", -1);
            return l.substring(0, at) + ",dissemination.coverage," + f[1] + ",1,0,1,1";
        }).collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(aggregate, rows);
    }
}
