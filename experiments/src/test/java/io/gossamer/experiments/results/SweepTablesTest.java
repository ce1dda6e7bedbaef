package io.gossamer.experiments.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aggregation never averages over a silent subset: n in every cell, undefined never 0. */
class SweepTablesTest {
    @TempDir
    Path dir;

    /** Two points of three runs; at point 2 only one run has a t90 and none a t100. */
    private void sweep() throws IOException {
        StringBuilder runs = new StringBuilder();
        for (int p = 1; p <= 2; p++) {
            for (int r = 1; r <= 3; r++) {
                String id = "p00" + p + "-r00" + r;
                runs.append(runs.isEmpty() ? "" : ",").append("{\"id\":\"").append(id).append("\",\"point\":").append(p)
                        .append(",\"replicate\":").append(r).append(",\"seed\":").append(-r)
                        .append(",\"parameters\":{\"network.loss\":\"").append(p == 1 ? "0%" : "30%").append("\"}}");
                Path run = Files.createDirectories(dir.resolve("runs").resolve(id));
                String t90 = p == 1 || r == 1 ? String.valueOf(200 + 10 * r) : "null";
                String t100 = p == 1 ? String.valueOf(300 + r) : "null";
                Files.writeString(run.resolve("summary.json"), "{\"seed\": " + (-r) + ", \"metrics\": {\"dissemination\": "
                        + "{\"t90_ms\": " + t90 + ", \"t100_ms\": " + t100 + "}}}");
            }
        }
        Files.writeString(dir.resolve("sweep.json"), "{\"scenario\": \"s\", \"paths\": [\"network.loss\"], \"runs\": ["
                + runs + "]}");
        SweepTables.write(dir);
    }

    @Test
    void everyCellCarriesNAndUndefinedStaysEmpty() throws IOException {
        sweep();
        List<String> aggregate = Files.readAllLines(dir.resolve("aggregate.csv"));
        assertEquals("point,network.loss,metric,n,mean,sd,ci95_low,ci95_high", aggregate.get(0));
        assertEquals("2,30%,dissemination.t100_ms,0,,,,", aggregate.get(3));
        assertEquals("2,30%,dissemination.t90_ms,1,210,,,", aggregate.get(4));

        List<String> wide = Files.readAllLines(dir.resolve("aggregate-wide.csv"));
        assertEquals("point,network.loss,dissemination.t100_ms,dissemination.t100_ms.ci95,dissemination.t100_ms.n,"
                + "dissemination.t90_ms,dissemination.t90_ms.ci95,dissemination.t90_ms.n", wide.get(0));
        assertEquals("1,0%,302,2.484138,3,220,24.841377,3", wide.get(1));
        assertEquals("2,30%,,,0,210,,1", wide.get(2));
    }

    @Test
    void aBrokenAggregateIsNamedWithItsLineNotAnIndexError() throws IOException {
        sweep();
        Path aggregate = dir.resolve("aggregate.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(aggregate));
        lines.set(2, lines.get(2).substring(0, lines.get(2).lastIndexOf(',')));
        Files.write(aggregate, lines);
        String cut = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MarkdownTable.render(dir, List.of("dissemination.t90_ms"), null, null)).getMessage();
        assertTrue(cut.endsWith("aggregate.csv:3: 7 cells, but the header has 8"), cut);
        Files.writeString(aggregate, "point,network.loss,metric\n1,0%\n");
        String columns = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MarkdownTable.render(dir, List.of("dissemination.t90_ms"), null, null)).getMessage();
        assertTrue(columns.contains("has no column 'n'"), columns);
    }

    @Test
    void theMarkdownTableShowsNAndMarksPointsShortOfThePlan() throws IOException {
        sweep();
        String table = MarkdownTable.render(dir, List.of("dissemination.t90_ms", "dissemination.t100_ms"), null, null);
        // As the HTML report shows it: 24.841377 to two significant digits, the mean to the same place, the unit once.
        assertTrue(table.contains("| 0% | 220 ± 25 ms (n=3) |"), table);
        assertTrue(table.contains("| 30% | 210 ms (n=1 of 3) |"), table);
        assertTrue(table.contains("| 30% | undefined (n=0 of 3) |"), table);
    }

    @Test
    void rawCellsKeepTheFiguresOfAggregateCsv() throws IOException {
        sweep();
        String table = MarkdownTable.render(dir, List.of("dissemination.t90_ms"), null, null, true);
        assertTrue(table.contains("| 0% | 220 ± 24.841377 (n=3) |"), table);
        assertTrue(table.contains("| 30% | 210 (n=1 of 3) |"), table);
        assertTrue(table.contains("as aggregate.csv has them"), table);
    }

    @Test
    void theMarkdownTableMatchesTheReportsUnitsAndRounding() throws IOException {
        // Bytes were "4500000" where the report says "4.29 MiB", coverage 0.848 where it says 84.8 %.
        Files.writeString(dir.resolve("aggregate.csv"), """
                point,network.loss,metric,n,mean,sd,ci95_low,ci95_high
                1,0%,dissemination.coverage,5,0.848,0.01,0.8357,0.8603
                1,0%,traffic.duplicates,5,28602.4,150,28405.1,28799.7
                1,0%,traffic.sent_bytes,5,4500000,10,4488000,4512000
                2,10%,dissemination.coverage,5,0.9,0,0.9,0.9
                2,10%,traffic.duplicates,5,3.5897,0.05,3.5325,3.6469
                2,10%,traffic.sent_bytes,1,4500000,,,
                """);
        String table = MarkdownTable.render(dir, List.of("dissemination.coverage", "traffic.duplicates", "traffic.sent_bytes"),
                null, null);
        assertTrue(table.contains("| 0% | 84.8 ± 1.2 % (n=5) |"), table);
        assertTrue(table.contains("| 10% | 90 ± 0 % (n=5) |"), table);
        // Integers are rounded like every other mean, with thousands separators; a mean never less precise than its ±.
        assertTrue(table.contains("| 0% | 28,600 ± 200 (n=5) |"), table);
        assertTrue(table.contains("| 10% | 3.590 ± 0.057 (n=5) |"), table);
        assertTrue(table.contains("| 0% | 4.292 ± 0.011 MiB (n=5) |"), table);
        assertTrue(table.contains("| 10% | 4.29 MiB (n=1) |"), table);
        assertFalse(table.contains("\u00a0"), "no no-break spaces in Markdown source");
    }
}
