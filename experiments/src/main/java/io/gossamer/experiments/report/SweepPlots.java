package io.gossamer.experiments.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The charts of a sweep: for a figure of aggregate.csv, its mean against the first swept path
 * that takes more than one value (a grid may hold a path at a single value), with 95 % confidence intervals as error bars and n beside every point, one line per
 * combination of the other swept paths. The x axis is numeric when every value of the first
 * path parses as the same {@link ValueKind}, and categorical otherwise; an axis is
 * logarithmic when its values span two decades (or as the scenario's {@code report} section
 * says). A point where fewer runs than planned had a value is marked; a point where none had
 * one is named, never left out in silence.
 */
public final class SweepPlots {
    private SweepPlots() {
    }

    /**
     * A chart and what a reader must know beside it.
     *
     * @param figure the figure drawn, {@code metric.figure}
     * @param plot the chart
     * @param remarks points with fewer runs than planned, or none
     */
    public record Drawn(String figure, Plot plot, List<String> remarks) {
        /** Copies the list. */
        public Drawn {
            remarks = List.copyOf(remarks);
        }
    }

    /** One chart per figure that varies, in the order given. */
    public static List<Drawn> of(SweepResults sweep, List<SweepFigures.Figure> figures, ReportOptions options) {
        List<Drawn> drawn = new ArrayList<>();
        for (SweepFigures.Figure figure : SweepFigures.drawn(figures)) {
            drawn.add(plot(sweep, figure, options));
        }
        return uniqueTitles(drawn);
    }

    /**
     * Charts whose titles would be the same (two figures the words cannot tell apart) get the
     * figure's name in their titles, so a reader who cites a chart by title cites one.
     */
    private static List<Drawn> uniqueTitles(List<Drawn> drawn) {
        Map<String, Long> count = drawn.stream()
                .collect(java.util.stream.Collectors.groupingBy(d -> d.plot().title(), java.util.stream.Collectors.counting()));
        return drawn.stream().map(d -> count.get(d.plot().title()) < 2 ? d
                : new Drawn(d.figure(), d.plot().withTitle(d.plot().title() + " [" + d.figure() + "]"), d.remarks())).toList();
    }

    /** Every figure that varies, in aggregate.csv order, with no options. */
    public static List<Plot> of(SweepResults sweep) {
        return of(sweep, SweepFigures.of(sweep), ReportOptions.NONE).stream().map(Drawn::plot).toList();
    }

    private static Drawn plot(SweepResults sweep, SweepFigures.Figure given, ReportOptions options) {
        int xAt = xPathIndex(sweep.sweptPaths(), given);
        List<String> paths = toFront(sweep.sweptPaths(), xAt);
        SweepFigures.Figure figure = new SweepFigures.Figure(given.name(), given.cells().stream()
                .map(c -> new SweepFigures.Cell(c.point(), toFront(c.values(), xAt), c.n(), c.planned(), c.mean(), c.halfWidth()))
                .toList(), given.asked());
        String xPath = paths.isEmpty() ? "point" : paths.get(0);
        LinkedHashSet<String> xValues = new LinkedHashSet<>();
        figure.cells().forEach(c -> xValues.add(x(c)));
        Map<String, List<SweepFigures.Cell>> lines = new LinkedHashMap<>();
        for (SweepFigures.Cell cell : figure.cells()) {
            // A path held at one value is in the headline, not in every legend entry.
            String key = IntStream.range(1, paths.size()).filter(figure::varies)
                    .mapToObj(i -> FigureWords.path(paths.get(i)) + " " + cell.values().get(i))
                    .reduce((a, b) -> a + ", " + b).orElse("mean, 95 % CI");
            lines.computeIfAbsent(key, k -> new ArrayList<>()).add(cell);
        }
        List<String> remarks = new ArrayList<>(remarks(figure, paths));
        if (figure.flat()) {
            remarks.add(0, "The same in every run: " + Quantity.of(figure.name()).format(figure.cells().get(0).mean().get())
                    + ". Drawn because the report asks for this figure (report.plots in the scenario, or --metrics).");
        }
        Quantity yq = Quantity.of(figure.name());
        double largest = figure.cells().stream().filter(c -> c.mean().isPresent())
                .mapToDouble(c -> Math.abs(c.mean().get()) + c.halfWidth().orElse(0.0)).max().orElse(0);
        List<Double> means = figure.cells().stream().flatMap(c -> c.mean().stream()).toList();
        Quantity.Scale yScale = yq.scaleFor(options.yLog().orElse(Decades.span(means)) ? Decades.unitReference(means, true) : largest);
        String words = FigureWords.of(figure.name());
        String title = SeriesCatalog.capitalised(words) + " by " + FigureWords.path(xPath);
        String yLabel = yScale.label(words);
        Optional<ValueKind> kind = paths.isEmpty() ? Optional.of(ValueKind.NUMBER) : ValueKind.common(xValues);
        XYPlot.Bounds bounds = bounds(figure.name());
        Plot plot = kind.isPresent()
                ? numeric(figure.name(), title, xPath, kind.get(), yScale, yLabel, lines, options, bounds)
                : categorical(figure.name(), title, xPath, List.copyOf(xValues), yScale, yLabel, lines);
        if (plot instanceof XYPlot xy) {
            remarks.addAll(cutRemarks(figure, paths, bounds));
            if (xy.lines().stream().anyMatch(l -> l.style() == XYPlot.Style.FEW_RUNS || l.style() == XYPlot.Style.FEW_RUNS_OF)) {
                remarks.add("Ringed points, not joined to their line and without an error bar: fewer than " + JOIN_FROM
                        + " runs had a value there, too few for the mean to sit on the line with the others or for an interval"
                        + " to say much (the table gives it).");
            }
        }
        return new Drawn(figure.name(), plot, remarks);
    }

    /** Points with fewer runs than this (and fewer than planned) are not joined to their line. */
    static final int JOIN_FROM = 3;

    /** Metrics built into Gossamer, whose figures are all times, counts, sizes or shares: never negative. */
    private static final List<String> NON_NEGATIVE_METRICS = List.of("dissemination", "traffic", "nodes", "pss", "overlay");

    /**
     * What a figure can be, in display units: a share 0 to 100 %; a time, a size, or any figure
     * of a built-in metric (counts, rates, hops) zero or more; a plug-in's plain number anything.
     */
    static XYPlot.Bounds bounds(String figure) {
        Quantity q = Quantity.of(figure);
        if (q == Quantity.SHARE) {
            return XYPlot.Bounds.PERCENT;
        }
        int dot = figure.indexOf('.');
        boolean builtIn = dot > 0 && NON_NEGATIVE_METRICS.contains(figure.substring(0, dot));
        return q != Quantity.NUMBER || builtIn ? XYPlot.Bounds.NON_NEGATIVE : XYPlot.Bounds.NONE;
    }

    /** The half-width of a point's error bar as drawn: none for a point of fewer than {@link #JOIN_FROM} runs. */
    private static double drawnHalfWidth(SweepFigures.Cell c) {
        return c.partial() && c.n() < JOIN_FROM ? 0 : c.halfWidth().orElse(0.0);
    }

    /** A sentence per point whose confidence interval reaches past what the figure can be: its bar is cut there. */
    private static List<String> cutRemarks(SweepFigures.Figure figure, List<String> paths, XYPlot.Bounds bounds) {
        Quantity q = Quantity.of(figure.name());
        // Bounds are in display units; a share's figure is 0..1.
        double scale = q == Quantity.SHARE ? 100 : 1;
        List<String> cut = new ArrayList<>();
        for (SweepFigures.Cell c : figure.cells()) {
            if (drawnHalfWidth(c) == 0 || c.mean().isEmpty() || c.halfWidth().isEmpty()
                    || !bounds.cuts(c.mean().get() * scale, c.halfWidth().get() * scale)) {
                continue;
            }
            cut.add(where(c, paths) + ": " + q.format(c.mean().get()) + " \u00b1 " + q.format(c.halfWidth().get())
                    + " (n=" + c.n() + ")");
        }
        if (cut.isEmpty()) {
            return List.of();
        }
        String bound = bounds.high() < Double.POSITIVE_INFINITY ? "0 % and 100 %, since a share lies between them"
                : "0, since " + (q == Quantity.MILLISECONDS || q == Quantity.SECONDS ? "a time" : q == Quantity.BYTES ? "a size"
                : "this figure") + " cannot be negative";
        return List.of("Error bars cut at " + bound + ", where the 95 % interval (mean \u00b1 half-width) reaches past: "
                + String.join("; ", cut) + ".");
    }

    private static String where(SweepFigures.Cell c, List<String> paths) {
        return paths.isEmpty() ? "point " + c.point() : IntStream.range(0, paths.size())
                .mapToObj(i -> paths.get(i) + " = " + c.values().get(i)).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The first swept path that takes more than one value among the figure's points (0 if none does). */
    private static int xPathIndex(List<String> paths, SweepFigures.Figure figure) {
        for (int i = 0; i < paths.size(); i++) {
            if (figure.varies(i)) {
                return i;
            }
        }
        return 0;
    }

    /** The list with its element at {@code index} moved to the front. */
    private static <T> List<T> toFront(List<T> list, int index) {
        if (index == 0 || list.isEmpty()) {
            return list;
        }
        List<T> out = new ArrayList<>(list);
        out.add(0, out.remove(index));
        return out;
    }

    private static String x(SweepFigures.Cell cell) {
        return cell.values().isEmpty() ? cell.point() : cell.values().get(0);
    }

    /** A sentence per point where fewer runs than planned had a value. */
    private static List<String> remarks(SweepFigures.Figure figure, List<String> paths) {
        List<String> remarks = new ArrayList<>();
        for (SweepFigures.Cell c : figure.cells()) {
            if (!c.partial()) {
                continue;
            }
            String where = where(c, paths);
            remarks.add(c.mean().isPresent()
                    ? where + ": mean of only " + c.n() + " of " + c.planned() + " runs (the others had no value)"
                    : where + ": no value in any of its " + c.planned() + " runs (not drawn)");
        }
        return remarks;
    }

    private static XYPlot numeric(String name, String title, String xPath, ValueKind kind, Quantity.Scale yScale,
            String yLabel, Map<String, List<SweepFigures.Cell>> lines, ReportOptions options, XYPlot.Bounds bounds) {
        List<Double> xs = lines.values().stream().flatMap(List::stream).map(c -> kind.toNumber(x(c))).toList();
        double xLargest = Decades.unitReference(xs, options.xLog().orElse(Decades.span(xs)));
        Quantity.Scale xScale = switch (kind) {
            case SIZE -> Quantity.BYTES.scaleFor(xLargest);
            case DURATION -> Quantity.MILLISECONDS.scaleFor(xLargest);
            default -> new Quantity.Scale(kind.unit(), 1);
        };
        List<Double> allX = new ArrayList<>();
        List<Double> allY = new ArrayList<>();
        boolean allPositiveLow = true;
        for (List<SweepFigures.Cell> cells : lines.values()) {
            for (SweepFigures.Cell c : cells) {
                allX.add(kind.toNumber(x(c)) / xScale.divisor());
                if (c.mean().isPresent()) {
                    double y = c.mean().get() / yScale.divisor();
                    allY.add(y);
                    allPositiveLow &= y - c.halfWidth().orElse(0.0) / yScale.divisor() > 0;
                }
            }
        }
        boolean xLog = options.xLog().orElse(Decades.span(allX)) && allX.stream().allMatch(v -> v > 0);
        boolean yLog = options.yLog().orElse(Decades.span(allY)) && allPositiveLow;
        double yMin = allY.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double yMax = allY.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        // The labels' spacing follows the drawn range, error bars (cut at the bounds) included.
        double barTop = yMax;
        double barBottom = yMin;
        for (List<SweepFigures.Cell> cells : lines.values()) {
            for (SweepFigures.Cell c : cells) {
                if (c.mean().isPresent()) {
                    double y = c.mean().get() / yScale.divisor();
                    double e = drawnHalfWidth(c) / yScale.divisor();
                    barTop = Math.max(barTop, Math.min(y + e, bounds.high()));
                    barBottom = Math.min(barBottom, Math.max(y - e, bounds.low()));
                }
            }
        }
        double lift = barTop > barBottom ? (barTop - barBottom) * 0.04 : Math.max(Math.abs(yMax) * 0.04, 0.01);

        // When every point has all its planned runs, one n for the chart says it for every
        // point; labels beside each point would only crowd the lines (and overlap where lines meet).
        OptionalInt sameN = uniformN(lines);
        // An error bar is drawn cut at the bounds (see PlotRenderer), so its n sits there at most.
        double ceiling = bounds.high();
        // Where points without a value are drawn: below the data.
        double below = yLog ? yMin / 1.5 : yMin - 3 * lift;
        // Otherwise the n most points have (all their planned runs) is said once too, and only
        // the other points carry their n: twenty "n=20" labels crowd the chart and overlap.
        OptionalInt usualN = sameN.isPresent() ? sameN : usualN(lines);
        String chartTitle = sameN.isPresent() ? title + " (n = " + sameN.getAsInt() + " runs at each point)"
                : usualN.isPresent() ? title + " (n = " + usualN.getAsInt() + " runs unless marked)" : title;
        List<XYPlot.Line> result = new ArrayList<>();
        List<XYPlot.Note> notes = new ArrayList<>();
        List<Double> markX = new ArrayList<>();
        List<Double> emptyX = new ArrayList<>();
        List<Double> markY = new ArrayList<>();
        List<XYPlot.Line> loose = new ArrayList<>();
        for (Map.Entry<String, List<SweepFigures.Cell>> line : lines.entrySet()) {
            List<SweepFigures.Cell> points = line.getValue().stream()
                    .sorted(Comparator.comparingDouble(c -> kind.toNumber(x(c)))).toList();
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            List<Double> e = new ArrayList<>();
            List<XYPlot.Note> noValue = new ArrayList<>();
            List<Double> fewX = new ArrayList<>();
            List<Double> fewY = new ArrayList<>();
            for (SweepFigures.Cell c : points) {
                double xv = kind.toNumber(x(c)) / xScale.divisor();
                if (c.mean().isEmpty()) {
                    // Just above its cross (below the data), not among the lines.
                    noValue.add(new XYPlot.Note(xv, yLog ? below * 1.25 : below + 1.5 * lift, "n=0/" + c.planned()));
                    continue;
                }
                double yv = c.mean().get() / yScale.divisor();
                double ev = c.halfWidth().orElse(0.0) / yScale.divisor();
                boolean few = c.partial() && c.n() < JOIN_FROM;
                (few ? fewX : x).add(xv);
                (few ? fewY : y).add(yv);
                if (!few) {
                    e.add(ev);
                }
                double top = Math.min(yv + (few ? 0 : ev), ceiling);
                if (sameN.isEmpty() && (c.partial() || usualN.isEmpty() || c.n() != usualN.getAsInt())) {
                    notes.add(new XYPlot.Note(xv, yLog ? top * 1.12 : top + lift,
                            "n=" + c.n() + (c.partial() ? "/" + c.planned() : "")));
                }
                if (c.partial()) {
                    markX.add(xv);
                    markY.add(yv);
                }
            }
            boolean anyInterval = points.stream().anyMatch(c -> c.halfWidth().isPresent());
            if (!x.isEmpty()) {
                if (!fewX.isEmpty()) {
                    // Drawn after every line, in this line's colour, so no line's colour shifts.
                    // No error bars: an interval from one or two runs (t with one degree of freedom)
                    // is so wide that it set the axis and flattened every other line.
                    loose.add(new XYPlot.Line(line.getKey() + " (fewer than " + JOIN_FROM + " runs)", fewX, fewY,
                            List.of(), XYPlot.Style.FEW_RUNS_OF, result.size()));
                }
                result.add(new XYPlot.Line(line.getKey(), x, y, anyInterval ? e : List.of()));
                notes.addAll(noValue);
                noValue.forEach(n -> emptyX.add(n.x()));
            } else if (!fewX.isEmpty()) {
                result.add(new XYPlot.Line(line.getKey(), fewX, fewY, List.of(), XYPlot.Style.FEW_RUNS));
                notes.addAll(noValue);
                noValue.forEach(n -> emptyX.add(n.x()));
            } else {
                // A line with no value anywhere keeps its legend entry, which says so: crosses
                // below the data, where its points would be.
                List<Double> at = points.stream().map(c -> kind.toNumber(x(c)) / xScale.divisor()).toList();
                result.add(new XYPlot.Line(line.getKey() + ": no value at any point (n=0/" + points.get(0).planned() + ")", at,
                        at.stream().map(v -> below).toList(), List.of(), XYPlot.Style.NO_VALUE));
            }
        }
        result = mergeIdentical(result);
        result.addAll(loose);
        if (!emptyX.isEmpty()) {
            // Crosses where a line has no value: they also stretch the x axis over every swept
            // value, so the chart shows how far the sweep went, not only where values exist.
            List<Double> at = emptyX.stream().distinct().sorted().toList();
            result.add(new XYPlot.Line("no value in any run at this point", at, at.stream().map(v -> below).toList(), List.of(),
                    XYPlot.Style.NO_VALUE));
        }
        if (!markX.isEmpty()) {
            result.add(new XYPlot.Line("fewer runs than planned", markX, markY, List.of(), XYPlot.Style.FEWER_RUNS));
        }
        double top = lines.values().stream().flatMap(List::stream).filter(c -> c.mean().isPresent())
                .mapToDouble(c -> Math.min((c.mean().get() + drawnHalfWidth(c)) / yScale.divisor(), ceiling))
                .max().orElse(yMax);
        // Room above the highest error bar for its n.
        notes = apart(notes, yLog, 1.3 * lift);
        double highestNote = notes.stream().mapToDouble(XYPlot.Note::y).max().orElse(top);
        Optional<Double> yTop = yLog || notes.isEmpty() ? Optional.empty() : Optional.of(Math.max(top + 3 * lift, highestNote + 2 * lift));
        return new XYPlot(name, chartTitle, xScale.label(FigureWords.path(xPath)), yLabel, result, true,
                new XYPlot.Axes(xLog, yLog), notes, yTop, bounds);
    }

    /**
     * Lines drawn exactly on top of each other (pub/sub's and flooding's coverage, both 100 %
     * everywhere) become one legend entry that names them all: otherwise the last one drawn
     * hides the others and a reader looks for a line that is not there.
     */
    private static List<XYPlot.Line> mergeIdentical(List<XYPlot.Line> lines) {
        List<XYPlot.Line> merged = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        boolean any = false;
        for (XYPlot.Line line : lines) {
            int same = -1;
            for (int i = 0; i < merged.size() && line.connected(); i++) {
                XYPlot.Line m = merged.get(i);
                if (m.connected() && m.x().equals(line.x()) && m.y().equals(line.y()) && m.errors().equals(line.errors())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                merged.add(line);
                names.add(new ArrayList<>(List.of(line.name())));
            } else {
                names.get(same).add(line.name());
                any = true;
            }
        }
        if (!any) {
            return lines;
        }
        // Every line keeps the colour it has when nothing is merged.
        for (int i = 0; i < merged.size(); i++) {
            List<String> n = names.get(i);
            XYPlot.Line m = merged.get(i);
            String name = n.size() == 1 ? m.name()
                    : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1) + " (the same at every point)";
            merged.set(i, m.renamed(name, lines.indexOf(m)));
        }
        return merged;
    }

    /**
     * Notes at the same x moved apart so their texts do not overlap: each one too close above
     * another is lifted to {@code gap} above it (on a log axis, to 15 % above it).
     */
    static List<XYPlot.Note> apart(List<XYPlot.Note> notes, boolean log, double gap) {
        Map<Double, List<XYPlot.Note>> byX = new LinkedHashMap<>();
        notes.forEach(n -> byX.computeIfAbsent(n.x(), k -> new ArrayList<>()).add(n));
        List<XYPlot.Note> out = new ArrayList<>();
        for (List<XYPlot.Note> at : byX.values()) {
            List<XYPlot.Note> sorted = at.stream().sorted(Comparator.comparingDouble(XYPlot.Note::y)).toList();
            double last = Double.NEGATIVE_INFINITY;
            for (XYPlot.Note n : sorted) {
                double least = log ? last * 1.15 : last + gap;
                double y = n.y() < least ? least : n.y();
                out.add(new XYPlot.Note(n.x(), y, n.text()));
                last = y;
            }
        }
        return out;
    }

    /** The n most points with a value have, when those points have all their planned runs. */
    private static OptionalInt usualN(Map<String, List<SweepFigures.Cell>> lines) {
        Map<Integer, Integer> count = new java.util.HashMap<>();
        lines.values().stream().flatMap(List::stream).filter(c -> c.mean().isPresent() && !c.partial())
                .forEach(c -> count.merge(c.n(), 1, Integer::sum));
        return count.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> OptionalInt.of(e.getKey())).orElse(OptionalInt.empty());
    }

    /** The n of every point, if all points have a value from all their planned runs and the same n. */
    private static OptionalInt uniformN(Map<String, List<SweepFigures.Cell>> lines) {
        int n = -1;
        for (List<SweepFigures.Cell> cells : lines.values()) {
            for (SweepFigures.Cell c : cells) {
                if (c.partial() || c.mean().isEmpty() || (n >= 0 && c.n() != n)) {
                    return OptionalInt.empty();
                }
                n = c.n();
            }
        }
        return n < 0 ? OptionalInt.empty() : OptionalInt.of(n);
    }

    private static CategoryPlot categorical(String name, String title, String xPath, List<String> categories,
            Quantity.Scale yScale, String yLabel, Map<String, List<SweepFigures.Cell>> lines) {
        List<CategoryPlot.Bars> result = new ArrayList<>();
        // n goes into the category label: a bar chart has no room beside each bar.
        Map<String, LinkedHashSet<String>> ns = new LinkedHashMap<>();
        for (Map.Entry<String, List<SweepFigures.Cell>> line : lines.entrySet()) {
            List<Double> y = new ArrayList<>();
            List<Double> errors = new ArrayList<>();
            for (String category : categories) {
                Optional<SweepFigures.Cell> cell = line.getValue().stream().filter(c -> x(c).equals(category)).findFirst();
                y.add(cell.flatMap(SweepFigures.Cell::mean).map(v -> v / yScale.divisor()).orElse(null));
                errors.add(cell.flatMap(SweepFigures.Cell::halfWidth).map(v -> v / yScale.divisor()).orElse(0.0));
                cell.ifPresent(c -> ns.computeIfAbsent(category, k -> new LinkedHashSet<>())
                        .add(c.n() + (c.partial() ? "/" + c.planned() : "")));
            }
            result.add(new CategoryPlot.Bars(line.getKey(), y, errors));
        }
        List<String> labels = categories.stream()
                .map(c -> c + " (n=" + String.join(",", ns.getOrDefault(c, new LinkedHashSet<>())) + ")").toList();
        return new CategoryPlot(name, title, FigureWords.path(xPath), yLabel, labels, result);
    }
}
