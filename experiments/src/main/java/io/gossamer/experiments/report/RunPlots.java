package io.gossamer.experiments.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The charts of a run: for each {@code series/*.csv}, the charts {@link SeriesCatalog} lays out,
 * with titles and axis labels in words and units. A column whose value never changes is no
 * chart but a line of text ("live nodes: 1,000 throughout"); a distribution is drawn as bars;
 * an axis whose values span two decades or more is logarithmic.
 */
public final class RunPlots {
    private RunPlots() {
    }

    /**
     * What a series becomes.
     *
     * @param plots its charts
     * @param constants a sentence per column that never changed (or had no value)
     */
    public record Drawn(List<Plot> plots, List<String> constants) {
        /** Copies the lists. */
        public Drawn {
            plots = List.copyOf(plots);
            constants = List.copyOf(constants);
        }
    }

    /** The charts and constant columns of one series file. */
    public static Drawn of(NamedCsv series) {
        CsvTable table = series.table();
        List<String> header = table.header();
        List<Plot> plots = new ArrayList<>();
        List<String> constants = new ArrayList<>();
        if (header.size() < 2) {
            return new Drawn(plots, constants);
        }
        String xColumn = header.get(0);
        List<Double> xs = column(table, 0);
        Quantity xq = Quantity.of(xColumn);
        Quantity.Scale xScale = xq.scaleFor(maxAbs(xs));
        String xLabel = xScale.label(SeriesCatalog.xWords(xColumn));
        for (SeriesCatalog.Chart listed : SeriesCatalog.charts(series.name(), header)) {
            OptionalDouble interval = listed.perInterval() ? interval(xs) : OptionalDouble.empty();
            SeriesCatalog.Chart chart = interval.isPresent()
                    ? listed.interval(Quantity.of(xColumn).format(interval.getAsDouble())) : listed;
            Quantity yq = Quantity.of(chart.columns().get(0));
            List<String> drawn = new ArrayList<>();
            List<List<Double>> values = new ArrayList<>();
            double largest = 0;
            for (String name : chart.columns()) {
                List<Double> ys = column(table, header.indexOf(name));
                List<Double> defined = ys.stream().filter(v -> v != null).toList();
                String what = SeriesCatalog.columnWords(name) + (chart.columns().size() > 1
                        ? " (" + SeriesCatalog.words(series.name()) + ")" : "");
                if (defined.isEmpty()) {
                    constants.add(what + ": no value in " + series.path());
                } else if (defined.stream().distinct().count() == 1 && !chart.bars()) {
                    // One value (or one sample) makes no curve; a distribution with one bar still is one.
                    constants.add(what + ": " + Quantity.of(name).format(defined.get(0))
                            + (defined.size() == 1 ? " (a single sample)" : " throughout"));
                } else {
                    drawn.add(name);
                    values.add(ys);
                    largest = Math.max(largest, maxAbs(defined));
                }
            }
            if (drawn.isEmpty()) {
                continue;
            }
            Quantity.Scale yScale = yq.scaleFor(largest);
            String name = plots.isEmpty() ? series.name() : series.name() + "-" + drawn.get(0);
            plots.add(chart.bars()
                    ? bars(name, chart, xs, xScale, xLabel, yScale, drawn, values)
                    : lines(name, chart, xs, xq, xScale, xLabel, yScale, drawn, values, interval));
        }
        return new Drawn(plots, constants);
    }

    private static XYPlot lines(String name, SeriesCatalog.Chart chart, List<Double> xs, Quantity q, Quantity.Scale xScale,
            String xLabel, Quantity.Scale yScale, List<String> columns, List<List<Double>> values, OptionalDouble interval) {
        List<XYPlot.Line> lines = new ArrayList<>();
        List<Double> allX = new ArrayList<>();
        List<Double> allY = new ArrayList<>();
        // The run stops between two samples, so its last interval is shorter than the others and
        // holds fewer messages: a drop that is no drop. It is drawn apart, its count scaled to a
        // whole interval (the rate it had), and says so.
        int partial = interval.isPresent() ? partialLast(xs, interval.getAsDouble()) : -1;
        double toWhole = partial > 0 ? interval.getAsDouble() / (xs.get(partial) - xs.get(partial - 1)) : 1;
        List<Double> partialX = new ArrayList<>();
        List<Double> partialY = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) {
                Double xv = xs.get(i);
                Double yv = values.get(c).get(i);
                if (xv != null && yv != null) {
                    (i == partial ? partialX : x).add(xv / xScale.divisor());
                    (i == partial ? partialY : y).add((i == partial ? yv * toWhole : yv) / yScale.divisor());
                }
            }
            if (!x.isEmpty()) {
                lines.add(new XYPlot.Line(SeriesCatalog.columnWords(columns.get(c)), x, y, List.of()));
                allX.addAll(x);
                allY.addAll(y);
            }
        }
        if (!partialX.isEmpty() && !lines.isEmpty()) {
            lines.add(new XYPlot.Line("last interval, cut to " + q.format(xs.get(partial) - xs.get(partial - 1))
                    + " by the run's end: its count scaled to " + q.format(interval.getAsDouble()), partialX, partialY, List.of(),
                    XYPlot.Style.PARTIAL));
            allX.addAll(partialX);
            allY.addAll(partialY);
        }
        return new XYPlot(name, chart.title(), xLabel, yScale.label(chart.yWords()), lines, false,
                new XYPlot.Axes(Decades.span(allX), yScale.unit().equals("%") ? false : Decades.span(allY)), List.of(),
                Optional.empty());
    }

    private static CategoryPlot bars(String name, SeriesCatalog.Chart chart, List<Double> xs, Quantity.Scale xScale,
            String xLabel, Quantity.Scale yScale, List<String> columns, List<List<Double>> values) {
        List<String> categories = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            if (xs.get(i) != null) {
                categories.add(Quantity.digits(xs.get(i) / xScale.divisor()));
                rows.add(i);
            }
        }
        List<CategoryPlot.Bars> bars = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            List<Double> y = new ArrayList<>();
            for (int i : rows) {
                Double v = values.get(c).get(i);
                y.add(v == null ? null : v / yScale.divisor());
            }
            bars.add(new CategoryPlot.Bars(SeriesCatalog.columnWords(columns.get(c)), y, List.of()));
        }
        return new CategoryPlot(name, chart.title(), xLabel, yScale.label(chart.yWords()), categories, bars);
    }

    /** The sampling interval: the most common step between consecutive x values (in the x column's unit). */
    static OptionalDouble interval(List<Double> xs) {
        Map<Double, Integer> steps = new HashMap<>();
        for (int i = 1; i < xs.size(); i++) {
            if (xs.get(i) != null && xs.get(i - 1) != null && xs.get(i) > xs.get(i - 1)) {
                // Rounded to a microsecond's worth, so 0.1 and 0.30000000000000004 - 0.2 agree.
                steps.merge(Math.round((xs.get(i) - xs.get(i - 1)) * 1e6) / 1e6, 1, Integer::sum);
            }
        }
        return steps.entrySet().stream().max(Map.Entry.<Double, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).filter(e -> e.getValue() > 1)
                .map(e -> OptionalDouble.of(e.getKey())).orElse(OptionalDouble.empty());
    }

    /** The index of the last row if its interval is shorter than the others, else -1. */
    private static int partialLast(List<Double> xs, double interval) {
        int last = xs.size() - 1;
        if (last < 2 || xs.get(last) == null || xs.get(last - 1) == null) {
            return -1;
        }
        return xs.get(last) - xs.get(last - 1) < interval * (1 - 1e-6) ? last : -1;
    }

    /** A column's cells as numbers, {@code null} where undefined. */
    private static List<Double> column(CsvTable table, int index) {
        List<Double> values = new ArrayList<>();
        for (List<String> row : table.rows()) {
            values.add(number(row.get(index)).orElse(null));
        }
        return values;
    }

    private static double maxAbs(List<Double> values) {
        return values.stream().filter(v -> v != null).mapToDouble(Math::abs).max().orElse(0);
    }

    /** A finite number, or empty for an empty (undefined) or non-numeric cell. */
    static Optional<Double> number(String cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(cell.strip());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
