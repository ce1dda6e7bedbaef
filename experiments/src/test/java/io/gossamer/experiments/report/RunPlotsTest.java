package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The charts of a run's series. */
class RunPlotsTest {

    @Test
    void trafficNamesItsIntervalAndDrawsTheLastShortIntervalApart() {
        // As quickstart writes it with traffic: {every: 100ms}, the run ending 51 ms into its last interval.
        String csv = """
                time_s,sent,delivered,dropped
                0,0,0,0
                0.1,0,0,0
                0.2,120,40,0
                0.3,4100,3900,0
                0.4,900,1200,0
                0.451092,2786,3264,0
                """;
        XYPlot plot = (XYPlot) RunPlots.of(new NamedCsv("traffic", "series/traffic.csv", CsvTable.parse(csv, "traffic.csv")))
                .plots().get(0);

        assertEquals("Network messages per 100\u00a0ms", plot.title());
        assertEquals("messages per 100\u00a0ms", plot.yLabel());
        XYPlot.Line sent = plot.lines().get(0);
        // Under a second of simulated time: the x axis is in ms.
        assertEquals(5, sent.x().size(), "the short last interval is not on the line: " + sent.x());
        assertEquals(400.0, sent.x().get(4), 1e-9);
        XYPlot.Line partial = plot.lines().get(plot.lines().size() - 1);
        assertEquals(XYPlot.Style.PARTIAL, partial.style());
        assertEquals(451.092, partial.x().get(0), 1e-9);
        // 2,786 messages in 51.092 ms is the rate of 5,453 in a whole 100 ms interval.
        assertEquals(2786.0 * 100 / 51.092, partial.y().get(0), 1e-6);
        assertEquals(3264.0 * 100 / 51.092, partial.y().get(1), 1e-6);
        assertEquals("last interval, cut to 51.1\u00a0ms by the run's end: its count scaled to 100\u00a0ms", partial.name());
    }

    @Test
    void aSeriesWhoseLastIntervalIsWholeHasNoPartialMark() {
        String csv = "time_s,sent,delivered,dropped\n0,0,0,0\n1,5,4,1\n2,7,7,0\n3,2,1,1\n";
        XYPlot plot = (XYPlot) RunPlots.of(new NamedCsv("traffic", "series/traffic.csv", CsvTable.parse(csv, "traffic.csv")))
                .plots().get(0);
        assertEquals("Network messages per 1\u00a0s", plot.title());
        assertTrue(plot.lines().stream().noneMatch(l -> l.style() == XYPlot.Style.PARTIAL));
        assertEquals(OptionalDouble.of(0.1), RunPlots.interval(List.of(0.0, 0.1, 0.2, 0.30000000000000004, 0.35)));
    }
}
