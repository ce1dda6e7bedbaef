package io.gossamer.experiments.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The charts of a sweep: for every metric of {@code aggregate.csv}, its mean against the first
 * swept path with 95 % confidence intervals as error bars, one line per combination of the
 * other swept paths. The x axis is numeric when every value of the first path parses as the
 * same {@link ValueKind}, and categorical otherwise.
 */
public final class SweepPlots {
    private SweepPlots() {
    }

    /** One chart per metric, in the order the metrics first appear in aggregate.csv. */
    public static List<Plot> of(SweepResults sweep) {
        if (sweep.aggregate().isEmpty()) {
            return List.of();
        }
        CsvTable aggregate = sweep.aggregate().get();
        String source = sweep.dir().resolve(ResultReader.AGGREGATE_CSV).toString();
        Columns c = new Columns(aggregate, sweep.sweptPaths(), source);

        // LinkedHashMap/LinkedHashSet: file order, the same on every run.
        Map<String, List<List<String>>> byMetric = new LinkedHashMap<>();
        LinkedHashSet<String> xValues = new LinkedHashSet<>();
        for (List<String> row : aggregate.rows()) {
            byMetric.computeIfAbsent(row.get(c.metric), m -> new ArrayList<>()).add(row);
            xValues.add(row.get(c.x));
        }
        Optional<ValueKind> kind = ValueKind.common(xValues);
        String xName = aggregate.header().get(c.x);
        List<Plot> plots = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> metric : byMetric.entrySet()) {
            Map<String, List<Point>> lines = linesOf(metric.getValue(), c);
            Optional<? extends Plot> plot = kind.isPresent()
                    ? numeric(metric.getKey(), kind.get().label(xName), kind.get(), lines)
                    : categorical(metric.getKey(), xName, List.copyOf(xValues), lines);
            plot.ifPresent(plots::add);
        }
        return plots;
    }

    /** One point of a line: the x value as written, the mean, and the CI half-width if there is one. */
    private record Point(String x, double mean, Optional<Double> error) {
    }

    /** The column indexes a chart needs. */
    private static final class Columns {
        final int x;
        final int metric;
        final int mean;
        final int low;
        final int high;
        final List<Integer> others;
        final List<String> otherNames;

        Columns(CsvTable aggregate, List<String> paths, String source) {
            // A sweep with no swept path (replicates only) still has points to put on the axis.
            x = aggregate.requireColumn(paths.isEmpty() ? "point" : paths.get(0), source);
            metric = aggregate.requireColumn("metric", source);
            mean = aggregate.requireColumn("mean", source);
            low = aggregate.requireColumn("ci95_low", source);
            high = aggregate.requireColumn("ci95_high", source);
            otherNames = paths.size() > 1 ? paths.subList(1, paths.size()) : List.of();
            others = otherNames.stream().map(p -> aggregate.requireColumn(p, source)).toList();
        }
    }

    /** Groups a metric's rows into lines keyed by the values of the other swept paths. */
    private static Map<String, List<Point>> linesOf(List<List<String>> rows, Columns c) {
        Map<String, List<Point>> lines = new LinkedHashMap<>();
        for (List<String> row : rows) {
            Optional<Double> mean = RunPlots.number(row.get(c.mean));
            if (mean.isEmpty()) {
                continue; // no run defined this metric at this point
            }
            Optional<Double> low = RunPlots.number(row.get(c.low));
            Optional<Double> high = RunPlots.number(row.get(c.high));
            Optional<Double> error = low.isPresent() && high.isPresent()
                    ? Optional.of((high.get() - low.get()) / 2) : Optional.empty();
            String key = IntStream.range(0, c.others.size())
                    .mapToObj(i -> c.otherNames.get(i) + "=" + row.get(c.others.get(i)))
                    .reduce((a, b) -> a + ", " + b).orElse("mean");
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(new Point(row.get(c.x), mean.get(), error));
        }
        return lines;
    }

    private static Optional<XYPlot> numeric(String metric, String xLabel, ValueKind kind,
            Map<String, List<Point>> lines) {
        List<XYPlot.Line> result = new ArrayList<>();
        boolean anyError = lines.values().stream().flatMap(List::stream).anyMatch(p -> p.error().isPresent());
        for (Map.Entry<String, List<Point>> line : lines.entrySet()) {
            // Points come in point order, which need not be x order (a sweep may list 20% before 10%).
            List<Point> points = line.getValue().stream()
                    .sorted(Comparator.comparingDouble(p -> kind.toNumber(p.x())))
                    .toList();
            result.add(new XYPlot.Line(line.getKey(),
                    points.stream().map(p -> kind.toNumber(p.x())).toList(),
                    points.stream().map(Point::mean).toList(),
                    anyError ? points.stream().map(p -> p.error().orElse(0.0)).toList() : List.of()));
        }
        return result.isEmpty() ? Optional.empty()
                : Optional.of(new XYPlot(metric, metric, xLabel, metric, result, true));
    }

    private static Optional<CategoryPlot> categorical(String metric, String xLabel, List<String> categories,
            Map<String, List<Point>> lines) {
        List<CategoryPlot.Bars> result = new ArrayList<>();
        boolean anyError = lines.values().stream().flatMap(List::stream).anyMatch(p -> p.error().isPresent());
        for (Map.Entry<String, List<Point>> line : lines.entrySet()) {
            List<Double> y = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (String category : categories) {
                Optional<Point> point = line.getValue().stream().filter(p -> p.x().equals(category)).findFirst();
                y.add(point.map(Point::mean).orElse(null));
                errors.add(point.flatMap(Point::error).orElse(0.0));
            }
            result.add(new CategoryPlot.Bars(line.getKey(), y, anyError ? errors : List.of()));
        }
        return result.isEmpty() ? Optional.empty()
                : Optional.of(new CategoryPlot(metric, metric, xLabel, metric, categories, result));
    }
}
