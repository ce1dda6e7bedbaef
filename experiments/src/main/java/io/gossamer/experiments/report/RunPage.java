package io.gossamer.experiments.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The HTML page of a run: a headline (what ran, key figures in words), the charts, each
 * metric's figures with their meaning, the run's facts and its tables. Numbers are shown to
 * three significant digits in scaled units; the exact value is the cell's tooltip.
 */
final class RunPage {
    /** Rows of tables/*.csv shown on the page; the files have the rest. */
    static final int ROW_LIMIT = 200;
    // Identifiers: shown as written, never with thousands separators or rounding.
    private static final Set<String> IDENTIFIERS = Set.of("message", "origin", "node", "id", "point", "replicate",
            "seed", "run", "in_degree");

    /** The meaning cell of a figure documented with the one above it. */
    static final String SAME_AS_ABOVE = "same as above";

    private RunPage() {
    }

    static String render(RunResults run, List<Figure> figures, List<String> constants, ReportOptions options) {
        RunSummary s = run.summary();
        Html html = new Html(s.scenario() + " \u2014 Gossamer run report");
        html.heading(1, s.scenario());
        if (s.description() != null) {
            html.paragraph(s.description());
        }
        html.headline(Headline.what(s), Headline.figures(s));
        SweepPage.setup(html, s.setup());

        html.heading(2, "Charts");
        if (figures.isEmpty() && constants.isEmpty()) {
            html.note("The run wrote no series.");
        }
        for (Figure f : figures) {
            html.figure(f.dataUri(), f.title(), f.title() + " \u2014 from " + f.source() + "; also report/" + f.name()
                    + ".png and .svg", List.of());
        }
        if (!constants.isEmpty()) {
            html.paragraph("Not drawn, because they never changed during the run:");
            html.bullets(constants);
        }

        html.heading(2, "Figures");
        if (s.metrics().isEmpty()) {
            html.note("summary.json lists no metrics.");
        }
        FigureDocs docs = FigureDocs.bundled();
        for (RunSummary.Metric metric : s.metrics()) {
            List<List<Html.Cell>> rows = new ArrayList<>();
            String previous = null;
            for (RunSummary.Value value : metric.values()) {
                if (!options.shows(metric.name() + "." + value.name())) {
                    continue;
                }
                String meaning = docs.meaning(metric.name(), value.name()).orElse("");
                // Consecutive figures with the same words (a plug-in metric may document several in one
                // row) say them once. In words, not a ditto mark: U+3003 is missing from common fonts.
                String shown = meaning.equals(previous) && !meaning.isEmpty() ? SAME_AS_ABOVE : meaning;
                previous = meaning;
                rows.add(List.of(new Html.Cell(value.name(), meaning.isEmpty() ? null : meaning, false, false),
                        value(value.name(), value.text()), new Html.Cell(shown, null, false, !shown.equals(meaning))));
            }
            if (rows.isEmpty()) {
                continue;
            }
            html.heading(3, metric.name());
            docs.metric(metric.name()).ifPresent(html::note);
            html.cells(List.of(Html.Cell.text("figure"), Html.Cell.text("value"), Html.Cell.text("meaning")), rows,
                    Integer.MAX_VALUE, ResultReader.SUMMARY_JSON);
        }

        html.heading(2, "Run");
        List<List<Html.Cell>> facts = new ArrayList<>();
        fact(facts, "seed", s.seed() == null ? null : Html.Cell.text(s.seed()));
        fact(facts, "events", s.events() == null ? null : value("events", s.events()));
        fact(facts, "simulated time", s.simulatedTimeS() == null ? null : value("simulated_time_s", s.simulatedTimeS()));
        fact(facts, "end", s.end() == null ? null : Html.Cell.text(s.end()));
        fact(facts, "Gossamer version", s.version() == null ? null : Html.Cell.text(s.version()));
        fact(facts, "Gossamer commit", s.commit() == null ? null
                : Html.Cell.text(s.commit().isEmpty() ? "unknown (built outside a git checkout)" : s.commit()));
        s.parameters().forEach((path, v) -> facts.add(List.of(Html.Cell.text(path), Html.Cell.text(v))));
        html.cells(List.of(Html.Cell.text("field"), Html.Cell.text("value")), facts, Integer.MAX_VALUE,
                ResultReader.SUMMARY_JSON);

        if (!run.tables().isEmpty()) {
            html.heading(2, "Tables");
            for (NamedCsv table : run.tables()) {
                html.heading(3, table.path());
                List<String> header = table.table().header();
                List<Html.Cell> head = new ArrayList<>();
                for (String h : header) {
                    head.add(new Html.Cell(h, docs.meaning("dissemination", h).orElse(null), false, false));
                }
                List<List<Html.Cell>> rows = new ArrayList<>();
                for (List<String> row : table.table().rows()) {
                    List<Html.Cell> cells = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        cells.add(IDENTIFIERS.contains(header.get(i)) ? Html.Cell.text(row.get(i)) : value(header.get(i), row.get(i)));
                    }
                    rows.add(cells);
                }
                html.cells(head, rows, ROW_LIMIT, table.path());
            }
        }
        return html.finish();
    }

    /** A value for a reader, with the exact figure as its tooltip; empty or null as a muted "undefined". */
    static Html.Cell value(String name, String text) {
        if (text == null || text.isBlank()) {
            return new Html.Cell("undefined", null, false, true);
        }
        return RunPlots.number(text)
                .map(v -> new Html.Cell(Quantity.of(name).format(v), text, true, false))
                .orElse(Html.Cell.text(text));
    }

    private static void fact(List<List<Html.Cell>> facts, String name, Html.Cell value) {
        if (value != null) {
            facts.add(List.of(Html.Cell.text(name), value));
        }
    }
}
