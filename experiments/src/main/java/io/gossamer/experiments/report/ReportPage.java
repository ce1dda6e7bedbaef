package io.gossamer.experiments.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The HTML page of a report: title, summary tables and plots. Contains nothing that varies between renderings. */
final class ReportPage {
    /** Rows of sweep.csv and tables/*.csv shown on the page; the files have the rest. */
    static final int ROW_LIMIT = 200;
    /** aggregate.csv is the sweep's main result, so the page shows more of it. */
    static final int AGGREGATE_ROW_LIMIT = 2000;

    private ReportPage() {
    }

    /** The page of a run. */
    static String run(RunResults run, List<Figure> figures, List<String> emptySeries) {
        RunSummary s = run.summary();
        Html html = new Html(s.scenario() + " \u2014 Gossamer run report");
        html.heading(1, s.scenario());
        if (s.description() != null) {
            html.paragraph(s.description());
        }

        html.heading(2, "Run");
        List<List<String>> facts = new ArrayList<>();
        addFact(facts, "seed", s.seed());
        addFact(facts, "events", s.events());
        addFact(facts, "simulated time (s)", s.simulatedTimeS());
        addFact(facts, "end", s.end());
        addFact(facts, "Gossamer version", s.version());
        s.parameters().forEach((path, value) -> facts.add(Arrays.asList(path, value)));
        html.table(List.of("field", "value"), facts, Integer.MAX_VALUE, ResultReader.SUMMARY_JSON);

        html.heading(2, "Metrics");
        if (s.metrics().isEmpty()) {
            html.note("summary.json lists no metrics.");
        }
        for (RunSummary.Metric metric : s.metrics()) {
            html.heading(3, metric.name());
            List<List<String>> rows = new ArrayList<>();
            for (RunSummary.Value value : metric.values()) {
                rows.add(Arrays.asList(value.name(), value.text()));
            }
            html.table(List.of("summary", "value"), rows, Integer.MAX_VALUE, ResultReader.SUMMARY_JSON);
        }

        html.heading(2, "Series");
        if (figures.isEmpty() && emptySeries.isEmpty()) {
            html.note("The run wrote no series.");
        }
        figures(html, figures, f -> "series/" + f.title() + ".csv");
        for (String name : emptySeries) {
            html.note("series/" + name + ".csv has no data points to plot.");
        }

        if (!run.tables().isEmpty()) {
            html.heading(2, "Tables");
            for (NamedCsv table : run.tables()) {
                html.heading(3, table.path());
                html.table(table.table().header(), table.table().rows(), ROW_LIMIT, table.path());
            }
        }
        return html.finish();
    }

    /** The page of a sweep. */
    static String sweep(SweepResults sweep, List<Figure> figures) {
        Html html = new Html(sweep.scenario() + " \u2014 Gossamer sweep report");
        html.heading(1, sweep.scenario() + " (sweep)");
        CsvTable runs = sweep.runs();
        html.paragraph(runs.rows().size() + (runs.rows().size() == 1 ? " run" : " runs") + " finished.");
        if (!sweep.sweptPaths().isEmpty()) {
            List<List<String>> swept = new ArrayList<>();
            for (Map.Entry<String, Set<String>> path : sweptValues(sweep).entrySet()) {
                swept.add(List.of(path.getKey(), String.join(", ", path.getValue())));
            }
            html.table(List.of("swept path", "values"), swept, Integer.MAX_VALUE, ResultReader.SWEEP_CSV);
        }

        html.heading(2, "Metrics");
        if (sweep.aggregate().isEmpty()) {
            html.note("There is no aggregate.csv yet, so there is nothing to plot.");
        } else if (figures.isEmpty()) {
            html.note("aggregate.csv has no metric with a defined mean.");
        } else {
            html.note("Mean over replicates; error bars are the 95 % confidence interval (none where a point has fewer than 2 runs).");
        }
        String by = sweep.sweptPaths().isEmpty() ? "point" : sweep.sweptPaths().get(0);
        figures(html, figures, f -> "Mean " + f.title() + " by " + by);

        sweep.aggregate().ifPresent(aggregate -> {
            html.heading(2, ResultReader.AGGREGATE_CSV);
            html.table(aggregate.header(), aggregate.rows(), AGGREGATE_ROW_LIMIT, ResultReader.AGGREGATE_CSV);
        });
        html.heading(2, ResultReader.SWEEP_CSV);
        html.table(runs.header(), runs.rows(), ROW_LIMIT, ResultReader.SWEEP_CSV);
        return html.finish();
    }

    private static void figures(Html html, List<Figure> figures, Function<Figure, String> caption) {
        for (Figure figure : figures) {
            html.figure(figure.dataUri(), figure.title(), caption.apply(figure)
                    + " \u2014 also report/" + figure.name() + ".png and report/" + figure.name() + ".svg");
        }
    }

    private static void addFact(List<List<String>> facts, String name, String value) {
        if (value != null) {
            facts.add(List.of(name, value));
        }
    }

    /** Each swept path's distinct values in the order runs first used them. */
    private static Map<String, Set<String>> sweptValues(SweepResults sweep) {
        CsvTable table = sweep.aggregate().orElse(sweep.runs());
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String path : sweep.sweptPaths()) {
            int column = table.column(path);
            Set<String> seen = new LinkedHashSet<>();
            if (column >= 0) {
                table.rows().forEach(row -> seen.add(row.get(column)));
            }
            values.put(path, seen);
        }
        return values;
    }
}
