package io.gossamer.scenarios.load;

import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.scenarios.yaml.Section;
import io.gossamer.scenarios.yaml.YamlNode;
import java.util.List;

/**
 * Checks {@code report}: how {@code gossamer report} presents the results. Nothing in a run
 * depends on it; the report reads it from the resolved scenario that the result files keep.
 */
final class ReportReader {
    /** A figure ({@code METRIC.NAME}) or a metric's name. */
    static final String FIGURE = "[a-z0-9_-]+(\\.[a-z0-9_-]+)?";
    /** The keys of {@code report}. */
    static final CoreSection REPORT = new CoreSection("report",
            "How 'gossamer report' presents the results; it changes nothing in a run or its result files",
            List.of(new CoreKey("plots", new ValueShape.Defined("report-plots"), "list of figures", "none",
                            "figures (`METRIC.NAME`, or a metric's name for all its figures) whose charts come first, in this"
                                    + " order; the others follow, those that vary most across the sweep first. A figure named in full"
                                    + " is drawn even when it is the same in every run (a flat line, its caption saying so); a"
                                    + " metric's name only orders its figures, and those that never change are listed rather than drawn;"
                                    + " a name that matches no figure of the results is named on the report page",
                            "plots: [dissemination.t90_ms]"),
                    new CoreKey("x-log", new ValueShape.Of(Kind.BOOLEAN), "true or false", "chosen from the data",
                            "the x axis of sweep charts on a log scale (`true`) or a linear one (`false`); without it, log when"
                                    + " the values are all positive and span two decades (largest / smallest ≥ 100)",
                            "x-log: true"),
                    new CoreKey("y-log", new ValueShape.Of(Kind.BOOLEAN), "true or false", "chosen from the data",
                            "the same for the y axis (never for values ≤ 0)", "y-log: false")));

    private ReportReader() {
    }

    /** Checks the section (if written): known keys, a list of figure names, true or false. */
    static void check(YamlNode node, Problems problems) {
        if (node == null) {
            return;
        }
        Section s = Section.of(node, "report", REPORT.names()).checkKnown();
        YamlNode plots = s.get("plots");
        if (plots != null && !(plots instanceof YamlNode.Sequence)) {
            problems.add(new ScenarioFileException(plots.location(),
                    "'report.plots' is a list of figures, e.g. plots: [dissemination.t90_ms, traffic.sent]"));
        } else if (plots != null) {
            for (YamlNode item : ((YamlNode.Sequence) plots).items()) {
                if (!(item instanceof YamlNode.Scalar sc) || sc.text() == null || !sc.text().matches(FIGURE)) {
                    problems.add(new ScenarioFileException(item.location(),
                            "'report.plots' items are figures METRIC.NAME (or a metric's name), e.g. dissemination.t90_ms"));
                }
            }
        }
        problems.check(() -> s.flag("x-log", false));
        problems.check(() -> s.flag("y-log", false));
    }
}
