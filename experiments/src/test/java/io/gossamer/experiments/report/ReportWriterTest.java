package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.experiments.report.ResultFixtures.Axis;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of synthetic run and sweep directories: the files written and what the page holds. */
class ReportWriterTest {
    private static final Pattern DATA_URI = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
    private static final Axis LOSS = new Axis("network.loss.rate", List.of("0%", "10%", "20%"));
    private static final Axis PROTOCOL = new Axis("protocol", List.of("flood", "plumtree", "push-pull"));

    @TempDir
    Path tmp;

    @Test
    void runReportHasAPngAndSvgPerSeriesAndAPageWithTheMetrics() throws IOException {
        Path dir = ResultFixtures.runDir(tmp.resolve("run"));
        Path page = ReportWriter.write(dir);

        assertEquals(dir.resolve("report/index.html"), page);
        for (String series : List.of("coverage", "delivery-cdf", "nodes")) {
            BufferedImage png = ImageIO.read(dir.resolve("report/" + series + ".png").toFile());
            assertNotNull(png, series + ".png is not a readable image");
            assertEquals(800, png.getWidth());
            assertEquals(500, png.getHeight());
            String svg = Files.readString(dir.resolve("report/" + series + ".svg"));
            assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
        }
        try (Stream<Path> files = Files.list(dir.resolve("report"))) {
            assertEquals(7, files.count(), "3 PNG, 3 SVG, index.html and no leftover temporary file");
        }

        String html = Files.readString(page);
        assertTrue(html.contains("<title>quickstart"), html);
        // A headline first: what ran, then key figures in words and units.
        assertTrue(html.indexOf("class=\"headline\"") < html.indexOf("<h2>Charts</h2>"), html);
        assertTrue(html.contains("90 % of nodes had a message after 211\u00a0ms"), html);
        assertTrue(html.contains("every node: never (some message did not reach them, so t100_ms is undefined)"), html);
        // Values to 3 significant digits in scaled units, the exact figure as the tooltip, in file order.
        // A number never wraps inside itself (the span keeps it on one line).
        for (String value : List.of("title=\"181.2\"><span class=\"nw\">181\u00a0ms<", "title=\"240.125\"><span class=\"nw\">240\u00a0ms<",
                "title=\"0.998\"><span class=\"nw\">99.8\u00a0%<", "\"nw\">998<", "title=\"123456\"><span class=\"nw\">123,456<",
                "title=\"12.5\"><span class=\"nw\">12.5\u00a0s<")) {
            assertTrue(html.contains(value), "missing " + value);
        }
        assertTrue(html.indexOf(">t50_ms<") < html.indexOf(">t90_ms<"));
        assertTrue(html.matches("(?s).*>t100_ms</span></td><td class=\"note\"><span class=\"nw\">undefined<.*"), "t100_ms should show as undefined");
        // Every figure explained from the metric's documentation (docs/scenarios.md).
        assertTrue(html.contains("mean over the messages of the delay to reach 90 % of the targets"), html);
        assertTrue(html.contains(">network.loss.rate</span></td><td><span class=\"nw\">10%<"), html);
        // Text from the files is escaped, including a quoted CSV cell.
        assertTrue(html.contains("Flooding on 1000 nodes &lt;with&gt; 10% loss &amp; churn"));
        assertTrue(html.contains("node &quot;412&quot;"));
        assertFalse(html.contains("<with>"));

        List<byte[]> embedded = embeddedImages(html);
        assertEquals(3, embedded.size());
        // The page embeds exactly the PNG files it names, in file-name order.
        assertArrayEquals(Files.readAllBytes(dir.resolve("report/coverage.png")), embedded.get(0));
        assertArrayEquals(Files.readAllBytes(dir.resolve("report/nodes.png")), embedded.get(2));
        assertSelfContained(html);
    }

    @Test
    void figuresDocumentedTogetherEachGetTheirOwnWordsAndNoDittoMark() throws IOException {
        String html = Files.readString(ReportWriter.write(ResultFixtures.runDir(tmp.resolve("run"))));
        // t50_ms, t90_ms and t99_ms share one row of the metric docs: each row of the table
        // says its own share rather than repeating the sentence or pointing above.
        assertTrue(html.contains("<span class=\"nw\">t90_ms</span></td><td class=\"num\" title=\"210.9\"><span class=\"nw\">"
                + "211\u00a0ms</span></td><td>mean over the messages of the delay to reach 90 % of the targets"), html);
        assertTrue(html.contains("<span class=\"nw\">t99_ms</span></td><td class=\"num\" title=\"240.125\"><span class=\"nw\">"
                + "240\u00a0ms</span></td><td>mean over the messages of the delay to reach 99 % of the targets"), html);
        // No CJK ditto mark (U+3003), which common fonts lack and draw as an empty box.
        assertEquals(-1, html.indexOf('\u3003'), "a U+3003 ditto mark on the page");
    }

    @Test
    void wideTablesSizeTheirColumnsToTheirContentSoNoTextOverlapsAnotherCell() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 3, LOSS, PROTOCOL);
        // At point 2 only 2 of the 3 runs have a t90.
        Path aggregate = dir.resolve("aggregate.csv");
        Files.writeString(aggregate, Files.readString(aggregate).replace("2,0%,plumtree,dissemination.t90_ms,3,",
                "2,0%,plumtree,dissemination.t90_ms,2,"));
        String html = Files.readString(ReportWriter.write(dir));

        // A fixed layout gives every column the same width whatever it holds, and a cell that
        // cannot wrap then spills over its neighbour: the browser must size the columns.
        assertFalse(html.contains("table-layout"), "tables must not have a fixed layout");
        assertFalse(html.matches("(?s).*td\\.num\\s*\\{[^}]*nowrap.*"), "a whole numeric cell must be allowed to wrap");
        // Headers may wrap after '_' and '.'.
        assertTrue(html.contains(">dissemination.<wbr>t90_<wbr>ms</th>"), html);
        // "mean ± half-width" wraps, if it must, only before the '±'; n short of the plan is on a line of its own.
        assertTrue(html.contains("<td class=\"num\" title=\"mean 227 \u00b1 4 over n=2 runs\"><span class=\"nw\">227.0</span> "
                + "<span class=\"nw\">\u00b1 4.0\u00a0ms</span><span class=\"n\">n=2 of 3</span></td>"), html);
        assertTrue(html.contains("td .n { display: block;"), "the n line is a block of its own");
        assertFalse(html.contains("(n=2 of 3)"), "n is not part of the number's line");
    }

    @Test
    void aSweepPageSaysHowItWasSetUpAndHowToRepeatIt() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 3, LOSS);
        String html = Files.readString(ReportWriter.write(dir));

        int setup = html.indexOf("<h2>Setup</h2>");
        assertTrue(setup > html.indexOf("class=\"headline\"") && setup < html.indexOf("<h2>Charts</h2>"), html);
        for (String fact : List.of(
                row("scenario", "loss-sweep: Flooding over 500 nodes with 0-30% packet loss"),
                row("runs", "3 runs at each of 3 points, 9 in all"),
                row("swept network.loss.rate", "0%, 10%, 20%"),
                row("node class peer", "500 nodes, protocol flood"),
                row("protocols", "flood"),
                row("network", "latency {model: lognormal, mean: 50ms, sd: 20ms}, loss 0%"),
                row("overlay", "type random-regular, degree 6"),
                row("process alerts", "do broadcast, size 1KiB, count 10, every {exponential: 1s}"),
                row("metrics", "dissemination, traffic {every: 100ms}"),
                row("duration", "until stop-when all-delivered holds, at most 30s of simulated time"),
                row("Gossamer", "0.1.0-SNAPSHOT, commit d71e0c62acc7763b3a50915ab0b12e90eb005fa1"),
                // The --set values as sweep-info.json records them, quoted for the shell where needed.
                row("to run it again", "gossamer sweep loss-sweep --set overlay.degree=6 --set "
                        + "&#39;network.latency={model: constant, value: 40ms}&#39; (--jobs and --out change nothing in the results)"))) {
            assertTrue(html.contains(fact), "missing " + fact + " in\n" + html.substring(setup, html.indexOf("<h2>Charts</h2>")));
        }
        assertTrue(html.contains(">seeds</th><td>master seed 42 (the scenario&#39;s seed); each run&#39;s seed is derived from it"), html);
    }

    @Test
    void seedsListedInTheScenarioAreSaidToBe() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 2, LOSS);
        // sweep.seeds: [1001, 1002]: replicate r of every point runs with the r-th seed.
        Path plan = dir.resolve("sweep.json");
        Files.writeString(plan, Files.readString(plan).replaceAll("\"seed\": 1[0-9]0([12])", "\"seed\": 100$1"));
        String html = Files.readString(ReportWriter.write(dir));
        assertTrue(html.contains("the scenario lists the seeds (sweep.seeds): replicate r of every point runs with the r-th, "
                + "1001, 1002"), html);
    }

    @Test
    void aRunPageShowsTheCommitAndTheCommandThatRepeatsIt() throws IOException {
        Path dir = ResultFixtures.runDir(tmp.resolve("run"));
        Path summary = dir.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replace("\"seed\": 42,",
                "\"gossamer_commit\": \"d71e0c62acc7763b3a50915ab0b12e90eb005fa1\", \"seed\": 42,"));
        String html = Files.readString(ReportWriter.write(dir));
        assertTrue(html.contains("<td>Gossamer commit</td><td>d71e0c62acc7763b3a50915ab0b12e90eb005fa1</td>"), html);
        assertTrue(html.contains(row("Gossamer", "0.1.0-SNAPSHOT, commit d71e0c62acc7763b3a50915ab0b12e90eb005fa1")), html);
        // The fixture's scenario says seed 42 nowhere in scenario_resolved: the seed is given.
        assertTrue(html.contains(row("to run it again", "gossamer run quickstart --seed 42 --set network.loss.rate=10% (the scenario&#39;s"
                + " file path in place of quickstart if that is not a bundled scenario&#39;s name)")), html);
        assertTrue(html.contains(row("to repeat it exactly", "gossamer run DIR, DIR being this run&#39;s results directory: it reruns"
                + " the scenario, seed and parameters its summary.json recorded")), html);
    }

    @Test
    void copiesInFlightAreNeverAKeyResultOfTheSweepHeadline() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 3, LOSS);
        // traffic.in_flight varies most (0 to 1,400), so it is charted first, but it only says how the runs stopped.
        Path aggregate = dir.resolve("aggregate.csv");
        String[] inFlight = {"1400", "600", "0"};
        StringBuilder rows = new StringBuilder(Files.readString(aggregate));
        for (int p = 0; p < 3; p++) {
            rows.append(p + 1).append(',').append(LOSS.values().get(p)).append(",traffic.in_flight,3,").append(inFlight[p])
                    .append(",10,").append(inFlight[p]).append(',').append(inFlight[p]).append('\n');
        }
        Files.writeString(aggregate, rows);
        String html = Files.readString(ReportWriter.write(dir));
        String headline = html.substring(html.indexOf("class=\"headline\""), html.indexOf("<h2>Setup</h2>"));
        assertFalse(headline.contains("in_flight"), headline);
        assertTrue(headline.contains("(dissemination.t90_ms)") && headline.contains("(dissemination.coverage)"), headline);
        assertTrue(Files.exists(dir.resolve("report/traffic.in_flight.png")), "still charted");
    }

    private static String row(String name, String text) {
        return "<tr><th scope=\"row\">" + name + "</th><td>" + text + "</td></tr>";
    }

    @Test
    void sameInputGivesAByteIdenticalPage() throws IOException {
        Path run = ResultFixtures.runDir(tmp.resolve("run"));
        byte[] first = Files.readAllBytes(ReportWriter.write(run));
        byte[] second = Files.readAllBytes(ReportWriter.write(run));
        assertArrayEquals(first, second);

        Path sweep = ResultFixtures.sweepDir(tmp.resolve("sweep"), 3, LOSS, PROTOCOL);
        byte[] sweepFirst = Files.readAllBytes(ReportWriter.write(sweep));
        assertArrayEquals(sweepFirst, Files.readAllBytes(ReportWriter.write(sweep)));
    }

    @Test
    void percentagesArePlottedOnANumericAxisInPointOrderOfX() throws IOException {
        // Listed 20% first: the line must still run from 0 to 20.
        Axis loss = new Axis("network.loss.rate", List.of("20%", "0%", "10%"));
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 3, loss);
        List<Plot> plots = SweepPlots.of(ResultReader.readSweep(dir));

        assertEquals(List.of("dissemination.coverage", "dissemination.t90_ms"), plots.stream().map(Plot::name).toList());
        XYPlot t90 = (XYPlot) plots.get(1);
        assertEquals("network loss rate (%)", t90.xLabel());
        assertEquals("time to reach 90 % of the targets (ms)", t90.yLabel());
        assertEquals("Time to reach 90 % of the targets by network loss rate (n = 3 runs at each point)", t90.title());
        assertEquals(1, t90.lines().size());
        XYPlot.Line line = t90.lines().get(0);
        assertEquals(List.of(0.0, 10.0, 20.0), line.x());
        // Point 2 (0%) has mean 200 + 25 + 2, point 3 (10%) 252, point 1 (20%) 202.
        assertEquals(List.of(227.0, 252.0, 202.0), line.y());
        assertEquals(List.of(4.0, 4.0, 4.0), line.errors());

        Path page = ReportWriter.write(dir);
        for (String metric : List.of("dissemination.coverage", "dissemination.t90_ms")) {
            assertNotNull(ImageIO.read(dir.resolve("report/" + metric + ".png").toFile()));
            assertTrue(Files.readString(dir.resolve("report/" + metric + ".svg")).contains("<svg"));
        }
        String html = Files.readString(page);
        assertTrue(html.contains("<h1>loss-sweep (sweep)</h1>"), html);
        assertEquals(2, embeddedImages(html).size());
        assertTrue(html.contains("<h2>Table</h2>"));
        assertTrue(html.contains("swept network.loss.rate = 20%, 0%, 10%"), "swept values as written");
        // t90 varies more than coverage, so it comes first.
        assertTrue(html.indexOf("alt=\"Time to reach 90") < html.indexOf("alt=\"Share of targets reached"), html);
        assertSelfContained(html);
    }

    @Test
    void protocolNamesArePlottedAsCategories() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 2, PROTOCOL);
        List<Plot> plots = SweepPlots.of(ResultReader.readSweep(dir));

        assertEquals(2, plots.size());
        CategoryPlot t90 = (CategoryPlot) plots.get(1);
        assertEquals(List.of("flood (n=2)", "plumtree (n=2)", "push-pull (n=2)"), t90.categories());
        assertEquals("protocol", t90.xLabel());
        assertEquals(List.of(201.5, 226.5, 251.5), t90.series().get(0).y());

        String html = Files.readString(ReportWriter.write(dir));
        assertEquals(2, embeddedImages(html).size());
        assertTrue(Files.exists(dir.resolve("report/dissemination.t90_ms.png")));
    }

    @Test
    void secondSweptPathGivesOneLinePerValue() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 3, LOSS, PROTOCOL);
        XYPlot t90 = (XYPlot) SweepPlots.of(ResultReader.readSweep(dir)).get(1);

        assertEquals(List.of("protocol flood", "protocol plumtree", "protocol push-pull"),
                t90.lines().stream().map(XYPlot.Line::name).toList());
        // flood is points 1, 4, 7 (loss varies slowest).
        assertEquals(List.of(202.0, 277.0, 352.0), t90.lines().get(0).y());
        assertEquals(List.of(0.0, 10.0, 20.0), t90.lines().get(0).x());
        assertTrue(Files.exists(ReportWriter.write(dir)));
    }

    @Test
    void aSweptPathWithOneValueIsNotTheXAxis() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 2, new Axis("node-count", List.of("200")), LOSS);
        XYPlot t90 = (XYPlot) SweepPlots.of(ResultReader.readSweep(dir)).get(0);
        assertEquals("network loss rate (%)", t90.xLabel());
        assertEquals(List.of(0.0, 10.0, 20.0), t90.lines().get(0).x());
        // The path held at one value is in the headline, not in the legend.
        assertEquals("mean, 95 % CI", t90.lines().get(0).name());
        // Every point has both its runs: n is said once, in the title, not beside each point.
        assertTrue(t90.title().endsWith(" (n = 2 runs at each point)"), t90.title());
        assertEquals(List.of(), t90.notes());
    }

    @Test
    void aLineWithNoValueAnywhereKeepsItsLegendEntryAndItsPoints() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 3, LOSS, PROTOCOL);
        // push-pull never reaches 90 %: no run has a t90 at any loss rate.
        dropT90(dir, ",push-pull,dissemination.t90_ms,");
        XYPlot t90 = (XYPlot) SweepPlots.of(ResultReader.readSweep(dir)).get(1);

        XYPlot.Line missing = t90.lines().get(2);
        assertEquals("protocol push-pull: no value at any point (n=0/3)", missing.name());
        assertEquals(XYPlot.Style.NO_VALUE, missing.style());
        assertEquals(List.of(0.0, 10.0, 20.0), missing.x());
        // Below every drawn point, and named once in the legend rather than at each point.
        double lowest = t90.lines().subList(0, 2).stream().flatMap(l -> l.y().stream()).mapToDouble(Double::doubleValue).min().getAsDouble();
        assertTrue(missing.y().stream().allMatch(y -> y < lowest), missing.y().toString());
        assertEquals(0, t90.notes().stream().filter(n -> n.text().startsWith("no value")).count());
        // Not every point has a value, so the title does not say "at each point"; it says the n of
        // the points that have all their runs once, and only the other points carry a label.
        assertEquals(0, t90.notes().stream().filter(n -> n.text().equals("n=3")).count());
        assertTrue(!t90.title().contains("runs at each point"), t90.title());
        assertTrue(t90.title().endsWith(" (n = 3 runs unless marked)"), t90.title());
        assertTrue(Files.exists(ReportWriter.write(dir)));
    }

    @Test
    void aPointWithNoValueIsCrossedAndKeepsTheAxisOverTheWholeSweep() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 3, LOSS, PROTOCOL);
        // At 20 % loss no push-pull run reaches 90 %: that point has no t90.
        dropT90(dir, ",20%,push-pull,dissemination.t90_ms,");
        XYPlot t90 = (XYPlot) SweepPlots.of(ResultReader.readSweep(dir)).stream()
                .filter(p -> p.name().equals("dissemination.t90_ms")).findFirst().orElseThrow();

        XYPlot.Line crosses = t90.lines().stream().filter(l -> l.style() == XYPlot.Style.NO_VALUE).findFirst().orElseThrow();
        assertEquals("no value in any run at this point", crosses.name());
        assertEquals(List.of(20.0), crosses.x());
        double lowest = t90.lines().stream().filter(l -> l.style() == XYPlot.Style.LINE).flatMap(l -> l.y().stream())
                .mapToDouble(Double::doubleValue).min().getAsDouble();
        assertTrue(crosses.y().get(0) < lowest, crosses.y().toString());
        assertEquals(1, t90.notes().stream().filter(n -> n.text().equals("n=0/3") && n.x() == 20.0).count(), t90.notes().toString());
    }

    /** Rewrites aggregate.csv as if no run of the rows containing {@code rows} had a t90. */
    private static void dropT90(Path dir, String rows) throws IOException {
        Path aggregate = dir.resolve("aggregate.csv");
        String without = Files.readString(aggregate).lines()
                .map(l -> l.contains(rows) ? l.substring(0, l.indexOf(",dissemination.t90_ms,")) + ",dissemination.t90_ms,0,,,," : l)
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Files.writeString(aggregate, without);
    }

    @Test
    void linesOnTopOfEachOtherShareOneLegendEntry() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 3, LOSS, PROTOCOL);
        // plumtree's t90 made equal to flood's at every loss rate: drawn alone, one would hide the other.
        Path aggregate = dir.resolve("aggregate.csv");
        List<String> rows = Files.readAllLines(aggregate);
        java.util.Map<String, String> floodTail = new java.util.HashMap<>();
        for (String row : rows) {
            String[] f = row.split(",", -1);
            if (f.length > 3 && f[2].equals("flood") && f[3].equals("dissemination.t90_ms")) {
                floodTail.put(f[1], row.substring(row.indexOf(",dissemination.t90_ms,")));
            }
        }
        List<String> rewritten = rows.stream().map(row -> {
            String[] f = row.split(",", -1);
            return f.length > 3 && f[2].equals("plumtree") && f[3].equals("dissemination.t90_ms")
                    ? f[0] + "," + f[1] + "," + f[2] + floodTail.get(f[1]) : row;
        }).toList();
        Files.writeString(aggregate, String.join("\n", rewritten) + "\n");
        XYPlot t90 = (XYPlot) SweepPlots.of(ResultReader.readSweep(dir)).stream()
                .filter(p -> p.name().equals("dissemination.t90_ms")).findFirst().orElseThrow();

        assertEquals(List.of("protocol flood and protocol plumtree (the same at every point)", "protocol push-pull"),
                t90.lines().stream().map(XYPlot.Line::name).toList());
        // push-pull keeps the colour of the third line, as in the charts where nothing coincides.
        assertEquals(List.of(0, 2), t90.lines().stream().map(XYPlot.Line::colour).toList());
        assertTrue(Files.exists(ReportWriter.write(dir)));
    }

    @Test
    void singleReplicatesHaveNoErrorBars() throws IOException {
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 1, new Axis("network.latency.mean", List.of("50ms", "1s")));
        XYPlot t90 = (XYPlot) SweepPlots.of(ResultReader.readSweep(dir)).get(1);

        assertEquals("network latency mean (s)", t90.xLabel(), "up to 1 s: the axis is in seconds");
        assertEquals(List.of(0.05, 1.0), t90.lines().get(0).x());
        assertEquals(List.of(), t90.lines().get(0).errors());
        assertTrue(Files.exists(ReportWriter.write(dir)));
    }

    @Test
    void longSweepTablesAreTruncatedWithANote() throws IOException {
        List<String> fanouts = new ArrayList<>();
        for (int f = 1; f <= 510; f++) {
            fanouts.add(String.valueOf(f));
        }
        Path dir = ResultFixtures.sweepDir(tmp.resolve("sweep"), 2, new Axis("fanout", fanouts));
        String html = Files.readString(ReportWriter.write(dir));

        assertTrue(html.contains("Showing the first 500 of 510 rows; aggregate-wide.csv has them all."), html);
        XYPlot plot = (XYPlot) SweepPlots.of(ResultReader.readSweep(dir)).get(0);
        assertEquals("fanout", plot.xLabel(), "plain numbers have no unit");
        assertTrue(plot.axes().xLog(), "1 to 510 spans more than two decades");
    }

    @Test
    void aDirectoryWithoutResultFilesIsRejectedByName() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("not-results"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportWriter.write(empty));
        assertEquals(empty + " has neither summary.json (a run) nor sweep.csv (a sweep)", e.getMessage());

        Path missing = tmp.resolve("missing");
        e = assertThrows(IllegalArgumentException.class, () -> ReportWriter.write(missing));
        assertTrue(e.getMessage().startsWith(missing + " does not exist"), e.getMessage());
        assertFalse(Files.exists(missing), "a rejected directory is not created");
    }

    @Test
    void malformedSummaryIsBadInputNamingTheFile() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(dir.resolve("summary.json"), "{ \"scenario\": ");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportWriter.write(dir));
        assertTrue(e.getMessage().contains(dir.resolve("summary.json").toString()), e.getMessage());
    }

    @Test
    void fileNamesAreSafe() {
        assertEquals("dissemination.t90_ms", ReportWriter.fileName("dissemination.t90_ms"));
        assertEquals("a_b_c", ReportWriter.fileName("a/b c"));
        assertEquals("_..", ReportWriter.fileName(".."));
    }

    /** The decoded images of the page, in page order. */
    private static List<byte[]> embeddedImages(String html) {
        List<byte[]> images = new ArrayList<>();
        Matcher m = DATA_URI.matcher(html);
        while (m.find()) {
            images.add(Base64.getDecoder().decode(m.group(1)));
        }
        return images;
    }

    /** No reference to anything outside the page: every src is a data URI, and there is no href, link, script or url(). */
    private static void assertSelfContained(String html) throws IOException {
        String outside = DATA_URI.matcher(html).replaceAll("src=\"\"");
        assertFalse(Pattern.compile("(?i)\\bsrc\\s*=\\s*\"[^\"]").matcher(outside).find(), "a src that is not a data URI");
        assertFalse(Pattern.compile("(?i)\\bhref\\s*=").matcher(outside).find(), "an href");
        for (String external : List.of("<link", "<script", "url(", "http://", "https://", "@import")) {
            assertFalse(outside.toLowerCase(Locale.ROOT).contains(external), "found " + external);
        }
        // And each embedded image decodes as an image of the chart's size.
        for (byte[] png : embeddedImages(html)) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image, "not an image");
            assertEquals(800, image.getWidth());
        }
    }
}
