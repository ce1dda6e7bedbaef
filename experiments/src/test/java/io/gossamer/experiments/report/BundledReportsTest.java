package io.gossamer.experiments.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.cli.GossamerCli;
import io.gossamer.scenarios.load.ScenarioLoader;
import io.gossamer.scenarios.load.ScenarioSource;
import io.gossamer.scenarios.model.NodeClassSpec;
import io.gossamer.scenarios.model.ProcessSpec;
import io.gossamer.scenarios.model.Scenario;
import io.gossamer.scenarios.model.SweepSpec;
import io.gossamer.scenarios.yaml.YamlNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every bundled scenario's report, from a shortened run (5 s of simulated time, at most 200
 * nodes a class, two replicates, the first and last value of each swept path), checked for
 * the structure a reader relies on: a headline first, no chart of a series that never changes,
 * a log axis exactly where the values span two decades (unless the scenario sets it).
 */
class BundledReportsTest {
    private static final ScenarioLoader LOADER = ScenarioLoader.discover();
    private static final int MOST_NODES = 200;

    @TempDir
    Path tmp;

    static Stream<String> bundled() {
        return ScenarioSource.bundled().stream();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void reportOfEveryBundledScenarioHasAHeadlineNoFlatChartAndLogAxesWhereDataSpanDecades(String name) throws IOException {
        Scenario s = LOADER.load(ScenarioSource.resolve(name), List.of());
        List<String> args = new ArrayList<>(List.of(s.sweep() == null ? "run" : "sweep", name, "-q",
                "--out", tmp.resolve(name).toString()));
        for (String set : shortened(s)) {
            args.addAll(List.of("--set", set));
        }
        // What the command prints stays here (a failure shows it), not on the console.
        StringWriter said = new StringWriter();
        CommandLine cli = GossamerCli.commandLine();
        cli.setOut(new PrintWriter(said, true));
        cli.setErr(new PrintWriter(said, true));
        assertEquals(0, cli.execute(args.toArray(String[]::new)), "gossamer " + String.join(" ", args) + ":\n" + said);
        Path page = ReportWriter.write(tmp.resolve(name));
        String html = Files.readString(page);
        int headline = html.indexOf("<div class=\"headline\">");
        assertTrue(headline > 0 && headline < html.indexOf("<h2>"), name + ": the page opens with a headline");

        if (s.sweep() == null) {
            RunResults run = ResultReader.readRun(tmp.resolve(name));
            for (NamedCsv series : run.series()) {
                for (Plot plot : RunPlots.of(series).plots()) {
                    assertNotFlat(name, plot);
                    if (plot instanceof XYPlot xy) {
                        assertEquals(Decades.span(allX(xy)), xy.axes().xLog(), name + ": x axis of " + xy.name());
                    }
                }
            }
        } else {
            SweepResults sweep = ResultReader.readSweep(tmp.resolve(name));
            List<SweepFigures.Figure> figures = SweepFigures.ordered(SweepFigures.of(sweep), sweep.options());
            for (SweepPlots.Drawn drawn : SweepPlots.of(sweep, figures, sweep.options())) {
                SweepFigures.Figure figure = figures.stream().filter(f -> f.name().equals(drawn.figure())).findFirst().get();
                assertFalse(figure.constant(), name + ": " + figure.name() + " is the same everywhere, yet charted");
                if (drawn.plot() instanceof XYPlot xy) {
                    boolean expected = sweep.options().xLog().orElse(Decades.span(allX(xy)));
                    assertEquals(expected, xy.axes().xLog(), name + ": x axis of " + xy.name());
                }
            }
            for (SweepFigures.Figure f : figures) {
                if (f.constant()) {
                    assertTrue(html.contains(f.name() + ": ") && html.contains(" in every run"), name + ": " + f.name());
                }
            }
        }
    }

    /** A chart never shows only lines that stay flat. */
    private static void assertNotFlat(String name, Plot plot) {
        if (plot instanceof XYPlot xy) {
            assertTrue(xy.lines().stream().anyMatch(l -> new HashSet<>(l.y()).size() > 1), name + ": flat chart " + xy.name());
        } else if (plot instanceof CategoryPlot bars) {
            Set<Double> values = bars.series().stream().flatMap(b -> b.y().stream()).collect(Collectors.toSet());
            assertTrue(values.size() > 1 || bars.categories().size() == 1, name + ": flat chart " + bars.name());
        }
    }

    /**
     * The x values of every point the chart places: its lines, its markers (such as "fewer runs
     * than planned") and the points it can only name ("no value"), as the axis must show them all.
     */
    private static List<Double> allX(XYPlot plot) {
        List<Double> values = new ArrayList<>();
        plot.lines().forEach(l -> values.addAll(l.x()));
        plot.notes().forEach(n -> values.add(n.x()));
        return values;
    }

    /** Overrides that keep a scenario's shape but make it quick. */
    static List<String> shortened(Scenario s) {
        List<String> sets = new ArrayList<>();
        if (s.duration() > 5_000_000_000L) {
            sets.add("duration=5s");
        }
        for (NodeClassSpec c : s.nodeClasses()) {
            if (c.count() > MOST_NODES && c.share() == 0) {
                sets.add("nodes." + c.name() + ".count=" + MOST_NODES);
            }
        }
        for (ProcessSpec p : s.processes()) {
            if (p.count() > MOST_NODES) {
                sets.add("processes." + p.name() + ".count=" + MOST_NODES);
            }
        }
        if (s.tree() instanceof YamlNode.Mapping top && top.entries().containsKey("node-count")
                && s.initialNodes() > MOST_NODES) {
            sets.add("node-count=" + MOST_NODES);
        }
        SweepSpec sweep = s.sweep();
        if (sweep != null) {
            sets.add("sweep.seeds=2");
            if (!sweep.grid().isEmpty()) {
                sets.add("sweep.grid=" + ends(sweep.grid()));
            }
            if (!sweep.zip().isEmpty()) {
                sets.add("sweep.zip=" + ends(sweep.zip()));
            }
        }
        return sets;
    }

    /** Each dimension's first and last value (counts capped), as a YAML flow mapping. */
    private static String ends(List<SweepSpec.Dimension> dimensions) {
        List<String> entries = new ArrayList<>();
        for (SweepSpec.Dimension d : dimensions) {
            List<YamlNode> values = d.values();
            if (d.path().equals("node-count") || d.path().endsWith(".count")) {
                // Counts capped (not left out, so zipped lists keep their length).
                values = values.stream().map(v -> v instanceof YamlNode.Scalar sc && Long.parseLong(sc.text()) > MOST_NODES
                        ? new YamlNode.Scalar(String.valueOf(MOST_NODES), sc.location()) : v).toList();
            }
            List<YamlNode> ends = values.size() <= 2 ? values : List.of(values.get(0), values.get(values.size() - 1));
            entries.add(d.path() + ": [" + ends.stream().map(BundledReportsTest::flow).collect(Collectors.joining(", ")) + "]");
        }
        return "{" + String.join(", ", entries) + "}";
    }

    private static String flow(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.text();
        }
        if (node instanceof YamlNode.Sequence list) {
            return "[" + list.items().stream().map(BundledReportsTest::flow).collect(Collectors.joining(", ")) + "]";
        }
        YamlNode.Mapping m = (YamlNode.Mapping) node;
        return "{" + m.entries().values().stream().map(e -> e.key() + ": " + flow(e.value()))
                .collect(Collectors.joining(", ")) + "}";
    }
}
