package io.gossamer.experiments.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of a sweep's aggregate.csv, ready to show: each figure's cells (one per point,
 * with n and the number of runs planned there), whether it is the same in every run, and how
 * much its mean varies across the sweep. {@link #ordered} puts the figures the reader asked for
 * first, then the others by how much they vary.
 */
final class SweepFigures {
    private SweepFigures() {
    }

    /**
     * One point of a figure.
     *
     * @param point the point number as written
     * @param values the swept values at this point, one per swept path
     * @param n the runs with a value
     * @param planned the runs planned at this point
     * @param mean the mean over the runs with a value; empty if none had one
     * @param halfWidth the 95 % confidence interval's half-width; empty for n &lt; 2
     */
    record Cell(String point, List<String> values, int n, int planned, Optional<Double> mean,
            Optional<Double> halfWidth) {
        /** Whether fewer runs than planned had a value here. */
        boolean partial() {
            return n < planned;
        }
    }

    /**
     * A figure across the sweep.
     *
     * @param name {@code metric.figure}
     * @param cells one per point, in point order
     * @param asked whether the reader named this very figure (the scenario's {@code report.plots},
     *     or {@code --metrics}): it is drawn even where it is the same in every run, since a
     *     flat line is a result too
     */
    record Figure(String name, List<Cell> cells, boolean asked) {
        /** A figure nobody named. */
        Figure(String name, List<Cell> cells) {
            this(name, cells, false);
        }

        /** The same figure, named by the reader or not. */
        Figure asked(boolean named) {
            return new Figure(name, cells, named);
        }

        /** Whether the swept path at {@code index} takes more than one value among the points. */
        boolean varies(int index) {
            return cells.stream().map(c -> c.values().get(index)).distinct().count() > 1;
        }

        /**
         * Whether it is left out of the charts for being the same in every run: {@link #flat}
         * and not {@link #asked} for (an asked figure is drawn, flat or not).
         */
        boolean constant() {
            return flat() && !asked;
        }

        /** Whether every run had a value and every one was the same. */
        boolean flat() {
            Optional<Double> first = cells.get(0).mean();
            return first.isPresent() && cells.stream().allMatch(c -> !c.partial() && c.mean().equals(first)
                    && c.halfWidth().map(h -> h == 0).orElse(c.n() < 2));
        }

        /** Whether it has the same n and mean as {@code other} at every point (such as t90_ms and t90_alive_ms without failures). */
        boolean sameAs(Figure other) {
            if (other.cells().size() != cells.size()) {
                return false;
            }
            for (int i = 0; i < cells.size(); i++) {
                Cell a = cells.get(i);
                Cell b = other.cells().get(i);
                if (a.n() != b.n() || !a.mean().equals(b.mean()) || !a.halfWidth().equals(b.halfWidth())) {
                    return false;
                }
            }
            return true;
        }

        /** Whether no run had a value at any point. */
        boolean undefined() {
            return cells.stream().allMatch(c -> c.mean().isEmpty());
        }

        /**
         * How much the mean varies across points, relative to its size: (largest - smallest) /
         * largest magnitude. Points where some runs had no value count as varying fully, so a
         * figure that is missing somewhere is never ranked as flat.
         */
        double variation() {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            boolean partial = false;
            for (Cell c : cells) {
                partial |= c.partial();
                if (c.mean().isPresent()) {
                    min = Math.min(min, c.mean().get());
                    max = Math.max(max, c.mean().get());
                }
            }
            double scale = Math.max(Math.abs(min), Math.abs(max));
            double spread = max > min && scale > 0 ? (max - min) / scale : 0;
            return partial ? Math.max(spread, 1) : spread;
        }
    }

    /** Reads the figures of aggregate.csv in file order. */
    static List<Figure> of(SweepResults sweep) {
        if (sweep.aggregate().isEmpty()) {
            return List.of();
        }
        CsvTable aggregate = sweep.aggregate().get();
        String source = sweep.dir().resolve(ResultReader.AGGREGATE_CSV).toString();
        int point = aggregate.requireColumn("point", source);
        int metric = aggregate.requireColumn("metric", source);
        int n = aggregate.requireColumn("n", source);
        int mean = aggregate.requireColumn("mean", source);
        int low = aggregate.requireColumn("ci95_low", source);
        int high = aggregate.requireColumn("ci95_high", source);
        List<Integer> paths = sweep.sweptPaths().stream().map(p -> aggregate.requireColumn(p, source)).toList();
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        int mostRuns = aggregate.rows().stream().mapToInt(r -> RunPlots.number(r.get(n)).orElse(0.0).intValue())
                .max().orElse(0);
        for (List<String> row : aggregate.rows()) {
            Optional<Double> lo = RunPlots.number(row.get(low));
            Optional<Double> hi = RunPlots.number(row.get(high));
            Optional<Double> half = lo.isPresent() && hi.isPresent() ? Optional.of((hi.get() - lo.get()) / 2) : Optional.empty();
            int runs = RunPlots.number(row.get(n)).orElse(0.0).intValue();
            int planned = sweep.planned().getOrDefault(row.get(point), mostRuns);
            List<String> values = paths.stream().map(row::get).toList();
            cells.computeIfAbsent(row.get(metric), m -> new ArrayList<>())
                    .add(new Cell(row.get(point), values, runs, planned, RunPlots.number(row.get(mean)), half));
        }
        List<Figure> figures = new ArrayList<>();
        cells.forEach((name, list) -> figures.add(new Figure(name, list)));
        return figures;
    }

    /**
     * The figures that vary and get a chart (the headline and the table show these): those that
     * vary, leaving out one that repeats an earlier figure exactly unless the reader named it.
     */
    static List<Figure> charted(List<Figure> ordered) {
        List<Figure> charted = new ArrayList<>();
        for (Figure f : ordered) {
            if (!f.flat() && !f.undefined() && (f.asked() || sameAsEarlier(f, charted).isEmpty())) {
                charted.add(f);
            }
        }
        return charted;
    }

    /**
     * Every figure that gets a chart, in order: those {@link #charted}, and those the reader
     * named that are the same in every run (a flat line is a result too; only a figure with no
     * value in any run cannot be drawn, and the page lists it as such).
     */
    static List<Figure> drawn(List<Figure> ordered) {
        List<Figure> charted = charted(ordered);
        return ordered.stream().filter(f -> charted.contains(f) || (f.asked() && !f.undefined())).toList();
    }

    /** An earlier figure in {@code earlier} that {@code f} repeats exactly, if any. */
    static Optional<Figure> sameAsEarlier(Figure f, List<Figure> earlier) {
        return earlier.stream().filter(e -> e != f && f.sameAs(e)).findFirst();
    }

    /**
     * The selected figures: those named in the options first (in their order), the rest by
     * variation, largest first. A figure named in full (not by its metric) is marked {@link Figure#asked}.
     */
    static List<Figure> ordered(List<Figure> figures, ReportOptions options) {
        List<Figure> shown = new ArrayList<>(figures.stream().filter(f -> options.shows(f.name()))
                .map(f -> f.asked(options.plots().contains(f.name()) || options.metrics().contains(f.name()))).toList());
        shown.sort(Comparator.<Figure>comparingInt(f -> {
            int rank = options.firstRank(f.name());
            return rank < 0 ? Integer.MAX_VALUE : rank;
        }).thenComparing(Comparator.comparingDouble(Figure::variation).reversed()).thenComparing(Figure::name));
        return shown;
    }
}
