package io.gossamer.experiments.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTML page of a sweep: a headline (runs kept, what was swept, the figures that vary
 * most), a chart per varying figure ranked by how much it varies, the figures that never
 * changed as one line each, and the wide table (a row per point, a column per figure) with n
 * in every cell.
 */
final class SweepPage {
    /** Figures per wide table on the page, so each fits its width. */
    static final int COLUMNS_PER_TABLE = 5;
    /** Points shown in a wide table; aggregate-wide.csv has the rest. */
    static final int ROW_LIMIT = 500;

    private SweepPage() {
    }

    static String render(SweepResults sweep, List<SweepFigures.Figure> ordered, List<Figure> charts) {
        Html html = new Html(sweep.scenario() + " \u2014 Gossamer sweep report");
        html.heading(1, sweep.scenario() + " (sweep)");
        List<SweepFigures.Figure> varying = SweepFigures.charted(ordered);
        html.headline(what(sweep), keyFigures(sweep, varying));
        setup(html, sweep.setup());

        html.heading(2, "Charts");
        if (sweep.aggregate().isEmpty()) {
            html.note("There is no aggregate.csv yet, so there is nothing to plot.");
        } else if (charts.isEmpty()) {
            html.note("No figure varies across the sweep, and report.plots names none.");
        } else {
            html.note("The figures the scenario's report.plots names come first, then those that vary most across the "
                    + "sweep. Each point is the mean over its runs; error bars are the 95 % confidence interval (none where "
                    + "fewer than 2 runs had a value), cut where the quantity ends (at 0, or 100 % for a share; the caption "
                    + "names each point cut); n is the number of runs with a value (n=3/5: 3 of the 5 runs planned there), "
                    + "and a ringed point that is not joined to its line had fewer than 3 runs.");
        }
        FigureDocs docs = FigureDocs.bundled();
        for (Figure f : charts) {
            String meaning = docs.meaning(f.name()).map(m -> f.name() + ": " + m).orElse(f.name());
            html.figure(f.dataUri(), f.title(), meaning + " \u2014 also report/" + f.name() + ".png and .svg", f.remarks());
        }
        List<String> constants = new ArrayList<>();
        for (SweepFigures.Figure f : ordered) {
            if (f.undefined()) {
                constants.add(f.name() + ": no value in any run");
            } else if (f.constant()) {
                constants.add(f.name() + ": " + Quantity.of(f.name()).format(f.cells().get(0).mean().get()) + " in every run");
            }
        }
        List<String> unknown = unknownPlots(sweep.options(), ordered);
        if (!unknown.isEmpty()) {
            html.paragraph("The scenario's report.plots names figures these results do not have (a figure is METRIC.NAME, as "
                    + "in aggregate.csv, or a metric's name): " + String.join(", ", unknown) + ".");
        }
        if (!constants.isEmpty()) {
            html.paragraph("Not drawn, because they are the same in every run:");
            html.bullets(constants);
        }
        List<String> repeats = new ArrayList<>();
        for (SweepFigures.Figure f : ordered) {
            if (!varying.contains(f) && !f.constant() && !f.undefined()) {
                SweepFigures.sameAsEarlier(f, varying).ifPresent(e -> repeats.add(f.name() + ": the same as " + e.name()
                        + " at every point"));
            }
        }
        if (!repeats.isEmpty()) {
            html.paragraph("Not drawn, because they repeat a figure drawn above:");
            html.bullets(repeats);
        }

        if (!varying.isEmpty()) {
            html.heading(2, "Table");
            html.note("A row per point, a column per figure: mean \u00b1 half-width of the 95 % confidence interval, and n "
                    + "where fewer runs than planned had a value. " + ResultReader.AGGREGATE_WIDE_CSV + " has every figure "
                    + "in this form, " + ResultReader.AGGREGATE_CSV + " the same in long form (a row per point and figure), "
                    + ResultReader.SWEEP_CSV + " a row per run.");
            for (int from = 0; from < varying.size(); from += COLUMNS_PER_TABLE) {
                wideTable(html, sweep, varying.subList(from, Math.min(varying.size(), from + COLUMNS_PER_TABLE)));
            }
        }
        html.note("Seeds in " + ResultReader.SWEEP_CSV + " are signed 64-bit numbers: a negative seed is an ordinary seed. "
                + "'gossamer run DIR/runs/ID' repeats run ID exactly: the scenario, seed and point values it recorded in its "
                + "summary.json (a seed alone would run the scenario's own values, not the point's).");
        return html.finish();
    }

    /** What ran and how to run it again, as the result files record it. */
    static void setup(Html html, Setup setup) {
        if (setup.facts().isEmpty()) {
            return;
        }
        html.heading(2, "Setup");
        html.note("As the scenario writes it (after extends and --set), and how to repeat it.");
        html.facts(setup.facts());
    }

    private static String what(SweepResults sweep) {
        int planned = sweep.plannedRuns();
        int kept = sweep.runs().rows().size();
        StringBuilder out = new StringBuilder();
        out.append(kept == planned ? Quantity.digits(kept) + (kept == 1 ? " run" : " runs")
                : "Kept " + Quantity.digits(kept) + " of " + Quantity.digits(planned) + " planned runs");
        Map<String, Set<String>> values = sweptValues(sweep);
        if (!sweep.planned().isEmpty()) {
            out.append(" at ").append(Quantity.digits(sweep.planned().size())).append(sweep.planned().size() == 1 ? " point" : " points");
        }
        List<String> swept = new ArrayList<>();
        values.forEach((path, v) -> swept.add(path + " = " + String.join(", ", v)));
        if (!swept.isEmpty()) {
            out.append("; swept ").append(String.join("; ", swept));
        }
        return out.append('.').toString();
    }

    /**
     * Figures that are never a key result: how many copies were still in flight when a run
     * stopped says how the run ended, not how the protocol did (charted, not in the headline).
     */
    static final Set<String> NOT_KEY_RESULTS = Set.of("traffic.in_flight");

    /** The three figures that vary most: from where they are smallest to where they are largest. */
    private static List<String> keyFigures(SweepResults sweep, List<SweepFigures.Figure> varying) {
        List<String> out = new ArrayList<>();
        List<SweepFigures.Figure> key = varying.stream().filter(f -> !NOT_KEY_RESULTS.contains(f.name())).toList();
        for (SweepFigures.Figure f : key.subList(0, Math.min(3, key.size()))) {
            SweepFigures.Cell low = null;
            SweepFigures.Cell high = null;
            for (SweepFigures.Cell c : f.cells()) {
                if (c.mean().isEmpty()) {
                    continue;
                }
                if (low == null || c.mean().get() < low.mean().get()) {
                    low = c;
                }
                if (high == null || c.mean().get() > high.mean().get()) {
                    high = c;
                }
            }
            Quantity q = Quantity.of(f.name());
            out.add(SeriesCatalog.capitalised(FigureWords.of(f.name())) + " (" + f.name() + "): from "
                    + q.format(low.mean().get()) + " at " + where(sweep, f, low) + " to " + q.format(high.mean().get())
                    + " at " + where(sweep, f, high) + (f.cells().stream().anyMatch(SweepFigures.Cell::partial)
                    ? "; some points lack runs (see its chart)" : "") + ".");
        }
        return out;
    }

    /** Where a point is: the values of the swept paths that vary (a path held at one value says nothing). */
    private static String where(SweepResults sweep, SweepFigures.Figure f, SweepFigures.Cell c) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sweep.sweptPaths().size(); i++) {
            if (f.varies(i)) {
                parts.add(FigureWords.path(sweep.sweptPaths().get(i)) + " " + c.values().get(i));
            }
        }
        return parts.isEmpty() ? "point " + c.point() : String.join(", ", parts);
    }

    private static void wideTable(Html html, SweepResults sweep, List<SweepFigures.Figure> figures) {
        FigureDocs docs = FigureDocs.bundled();
        List<Html.Cell> header = new ArrayList<>();
        header.add(Html.Cell.text("point"));
        sweep.sweptPaths().forEach(p -> header.add(Html.Cell.text(p)));
        for (SweepFigures.Figure f : figures) {
            header.add(new Html.Cell(f.name(), docs.meaning(f.name()).orElse(null), false, false));
        }
        List<List<Html.Cell>> rows = new ArrayList<>();
        SweepFigures.Figure first = figures.get(0);
        List<Quantity.Scale> scales = figures.stream().map(SweepPage::columnScale).toList();
        for (int i = 0; i < first.cells().size(); i++) {
            SweepFigures.Cell at = first.cells().get(i);
            List<Html.Cell> row = new ArrayList<>();
            row.add(Html.Cell.text(at.point()));
            at.values().forEach(v -> row.add(Html.Cell.text(v)));
            for (int k = 0; k < figures.size(); k++) {
                SweepFigures.Figure f = figures.get(k);
                row.add(cell(f, i < f.cells().size() ? f.cells().get(i) : null, scales.get(k)));
            }
            rows.add(row);
        }
        html.cells(header, rows, ROW_LIMIT, ResultReader.AGGREGATE_WIDE_CSV);
    }

    /** One unit for a column whose values lie within two decades (see {@link Quantity#columnScale}), else null. */
    static Quantity.Scale columnScale(SweepFigures.Figure f) {
        return Quantity.of(f.name()).columnScale(f.cells().stream().flatMap(c -> c.mean().stream()).toList());
    }

    /**
     * A cell of the wide table: mean ± half-width (rounded as {@link Quantity#format(double, Double)}
     * says), and below it n when short of the plan; undefined as such, never as 0.
     */
    static Html.Cell cell(SweepFigures.Figure f, SweepFigures.Cell c, Quantity.Scale scale) {
        if (c == null || c.mean().isEmpty()) {
            return new Html.Cell("undefined", null, false, true, "n=0" + (c == null ? "" : " of " + c.planned()));
        }
        Quantity q = Quantity.of(f.name());
        String text = q.format(c.mean().get(), c.halfWidth().orElse(null), scale);
        return new Html.Cell(text, "mean " + exact(c.mean().get()) + c.halfWidth().map(h -> " \u00b1 " + exact(h)).orElse("")
                + " over n=" + c.n() + " runs", true, false, c.partial() ? "n=" + c.n() + " of " + c.planned() : null);
    }

    /** A mean or half-width as aggregate.csv gives it: its figures have at most 6 decimals, a half-width at most 7. */
    private static String exact(double half) {
        return new java.math.BigDecimal(String.format(java.util.Locale.ROOT, "%.7f", half)).stripTrailingZeros().toPlainString();
    }

    /** Each swept path's distinct values in the order the points first use them. */
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

    /** Names in report.plots that match no figure of the results (only when --metrics chose none). */
    static List<String> unknownPlots(ReportOptions options, List<SweepFigures.Figure> figures) {
        if (!options.metrics().isEmpty()) {
            return List.of();
        }
        List<String> unknown = new ArrayList<>();
        for (String name : options.plots()) {
            if (figures.stream().noneMatch(f -> f.name().equals(name) || f.name().startsWith(name + "."))) {
                unknown.add(name);
            }
        }
        return unknown;
    }
}
