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
    void plotsTheResultsDoNotHaveAreNamedOnThePage() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 5, LOSS);
        Files.writeString(dir.resolve("sweep.json"), "{ \"scenario\": \"loss-sweep\", \"paths\": [\"network.loss\"], "
                + "\"scenario_resolved\": {\"report\": {\"plots\": [\"dissemination.t90ms\", \"dissemination\", \"nosuch\"]}} }\n");
        SweepResults sweep = ResultReader.readSweep(dir);
        List<SweepFigures.Figure> ordered = SweepFigures.ordered(SweepFigures.of(sweep), sweep.options());
        assertEquals(List.of("dissemination.t90ms", "nosuch"), SweepPage.unknownPlots(sweep.options(), ordered));
        assertTrue(Files.readString(ReportWriter.write(dir)).contains("report.plots names figures these results do not have"
                + " (a figure is METRIC.NAME, as in aggregate.csv, or a metric&#39;s name): dissemination.t90ms, nosuch."));
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

    @Test
    void titlesAreWordsAndNoTwoChartsOfAPageShareOne() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 5, LOSS);
        // Figures a seed study charts: a count and a time whose names differ only by _ms, and two
        // figures the words cannot tell apart (a plug-in metric's "lag" in ms and in s).
        addFigure(dir, "dissemination.t90_n", 10);
        addFigure(dir, "dissemination.t90_n_ms", 300);
        addFigure(dir, "dissemination.last_max_ms", 400);
        addFigure(dir, "custom.lag_ms", 50);
        addFigure(dir, "custom.lag_s", 5);
        SweepResults sweep = ResultReader.readSweep(dir);
        List<Plot> plots = SweepPlots.of(sweep);
        java.util.Map<String, Plot> byName = plots.stream().collect(Collectors.toMap(Plot::name, p -> p));

        assertEquals(plots.size(), plots.stream().map(Plot::title).distinct().count(), plots.stream().map(Plot::title).toList().toString());
        assertTrue(byName.get("dissemination.t90_n").title().startsWith("Messages that reached 90 % of their targets by"));
        assertEquals("messages that reached 90 % of their targets", byName.get("dissemination.t90_n").yLabel());
        assertTrue(byName.get("dissemination.t90_n_ms").title().startsWith("Time to reach 90 % of the targets (messages that did) by"));
        assertEquals("time to reach 90 % of the targets (messages that did) (ms)", byName.get("dissemination.t90_n_ms").yLabel());
        assertTrue(byName.get("dissemination.last_max_ms").title().startsWith("Longest time to the last node reached by"));
        // Words that cannot tell two figures apart: the figure's name says which is which.
        assertTrue(byName.get("custom.lag_ms").title().endsWith("[custom.lag_ms]"), byName.get("custom.lag_ms").title());
        assertTrue(byName.get("custom.lag_s").title().endsWith("[custom.lag_s]"));
    }

    @Test
    void aPointWithFewerThanThreeRunsIsRingedNotJoinedWithoutABarAndACutBarIsInTheCaption() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 5, LOSS);
        // At 30 % loss only 2 of 5 runs reached 90 %: 352 +- 446 ms; at 20 % all 5, 40 +- 60 ms.
        Path aggregate = dir.resolve("aggregate.csv");
        Files.writeString(aggregate, Files.readString(aggregate).lines()
                .map(l -> l.startsWith("4,30%,dissemination.t90_ms,") ? "4,30%,dissemination.t90_ms,2,352,50,-94,798" : l)
                .map(l -> l.startsWith("3,20%,dissemination.t90_ms,") ? "3,20%,dissemination.t90_ms,5,40,30,-20,100" : l)
                .collect(Collectors.joining("\n", "", "\n")));
        List<SweepPlots.Drawn> drawn = SweepPlots.of(ResultReader.readSweep(dir), SweepFigures.of(ResultReader.readSweep(dir)),
                ReportOptions.NONE);
        SweepPlots.Drawn t90 = drawn.stream().filter(d -> d.figure().equals("dissemination.t90_ms")).findFirst().orElseThrow();
        XYPlot plot = (XYPlot) t90.plot();

        XYPlot.Line line = plot.lines().get(0);
        assertEquals(List.of(0.0, 10.0, 20.0), line.x(), "the line joins only the points with 3 runs or more");
        XYPlot.Line ringed = plot.lines().stream().filter(l -> l.style() == XYPlot.Style.FEW_RUNS_OF).findFirst().orElseThrow();
        assertEquals(List.of(30.0), ringed.x());
        assertEquals(List.of(352.0), ringed.y());
        assertEquals(0, ringed.colour(), "in its line's colour");
        assertEquals(List.of(), ringed.errors(), "an interval of two runs would set the axis: no bar");
        assertEquals(XYPlot.Bounds.NON_NEGATIVE, plot.yBounds());
        String remarks = String.join("\n", t90.remarks());
        assertTrue(remarks.contains("Error bars cut at 0, since a time cannot be negative"), remarks);
        assertTrue(remarks.contains("network.loss = 20%: 40\u00a0ms \u00b1 60\u00a0ms (n=5)"), remarks);
        assertFalse(remarks.contains("352"), "the ringed point has no bar to cut: " + remarks);
        assertTrue(remarks.contains("Ringed points, not joined to their line and without an error bar"), remarks);
        assertEquals(XYPlot.Bounds.PERCENT, SweepPlots.bounds("dissemination.coverage"));
        assertEquals(XYPlot.Bounds.NON_NEGATIVE, SweepPlots.bounds("traffic.sent"));
        assertEquals(XYPlot.Bounds.NONE, SweepPlots.bounds("custom.balance"));
        assertTrue(Files.exists(ReportWriter.write(dir)));
    }

    @Test
    void nLabelsAtOneXAreMovedApart() {
        List<XYPlot.Note> notes = SweepPlots.apart(List.of(new XYPlot.Note(3, 100, "n=2/20"), new XYPlot.Note(3, 101, "n=1/20"),
                new XYPlot.Note(5, 100.5, "n=3/20")), false, 4);
        assertEquals(List.of(100.0, 104.0, 100.5), notes.stream().map(XYPlot.Note::y).toList());
    }

    /** Adds a figure to aggregate.csv: mean {@code base} + 10 per point, n = 5, interval +-2. */
    static void addFigure(Path dir, String figure, double base) throws IOException {
        Path aggregate = dir.resolve("aggregate.csv");
        StringBuilder rows = new StringBuilder(Files.readString(aggregate));
        List<String> lines = Files.readAllLines(aggregate);
        for (String l : lines) {
            int at = l.indexOf(",dissemination.t90_ms,");
            if (at < 0) {
                continue;
            }
            int point = Integer.parseInt(l.substring(0, l.indexOf(',')));
            double mean = base + 10 * point;
            rows.append(l, 0, at).append(',').append(figure).append(",5,").append(ResultFixtures.num(mean)).append(",1,")
                    .append(ResultFixtures.num(mean - 2)).append(',').append(ResultFixtures.num(mean + 2)).append('\n');
        }
        Files.writeString(aggregate, rows);
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
