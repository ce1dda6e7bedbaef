package io.gossamer.experiments.report;

import java.util.List;
import java.util.Optional;

/**
 * A chart with a numeric x axis.
 *
 * @param name the file name stem
 * @param title the chart title, in words
 * @param xLabel the x axis label, in words with the unit
 * @param yLabel the y axis label, in words with the unit
 * @param lines the lines, at least one
 * @param markers whether to mark each point (for few points, such as parameter values)
 * @param axes whether each axis is logarithmic
 * @param notes short texts placed at data coordinates (such as {@code n=3} beside a point)
 * @param yTop the top of the y axis, when the notes need room above the data; empty: automatic
 * @param yBounds the values the quantity can take (a time or a count is never negative):
 *     error bars are cut at them
 */
public record XYPlot(String name, String title, String xLabel, String yLabel, List<Line> lines, boolean markers,
        Axes axes, List<Note> notes, Optional<Double> yTop, Bounds yBounds) implements Plot {

    /** Checks there is something to draw. */
    public XYPlot {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a plot needs at least one line: " + name);
        }
    }

    /** A plot whose quantity is unbounded (error bars drawn as they are, but a percentage's cut at 0 and 100). */
    public XYPlot(String name, String title, String xLabel, String yLabel, List<Line> lines, boolean markers,
            Axes axes, List<Note> notes, Optional<Double> yTop) {
        this(name, title, xLabel, yLabel, lines, markers, axes, notes, yTop, Bounds.NONE);
    }

    /** A plot on linear axes with no notes. */
    public XYPlot(String name, String title, String xLabel, String yLabel, List<Line> lines, boolean markers) {
        this(name, title, xLabel, yLabel, lines, markers, Axes.LINEAR, List.of(), Optional.empty());
    }

    @Override
    public int seriesCount() {
        return lines.size();
    }

    @Override
    public XYPlot withTitle(String newTitle) {
        return new XYPlot(name, newTitle, xLabel, yLabel, lines, markers, axes, notes, yTop, yBounds);
    }

    /**
     * Which axes are logarithmic.
     *
     * @param xLog the x axis
     * @param yLog the y axis
     */
    public record Axes(boolean xLog, boolean yLog) {
        /** Both linear. */
        public static final Axes LINEAR = new Axes(false, false);
    }

    /**
     * The range a quantity can take.
     *
     * @param low the least value (0 for times, counts, sizes and shares)
     * @param high the largest value (100 for a share in percent)
     */
    public record Bounds(double low, double high) {
        /** Any value. */
        public static final Bounds NONE = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        /** Zero or more. */
        public static final Bounds NON_NEGATIVE = new Bounds(0, Double.POSITIVE_INFINITY);
        /** A share in percent. */
        public static final Bounds PERCENT = new Bounds(0, 100);

        /** Whether {@code [y - e, y + e]} reaches past a bound. */
        public boolean cuts(double y, double e) {
            return y - e < low || y + e > high;
        }
    }

    /**
     * A text at a data point.
     *
     * @param x the x coordinate (data units)
     * @param y the y coordinate (data units)
     * @param text the text
     */
    public record Note(double x, double y, String text) {
    }

    /**
     * One line: points in x order.
     *
     * @param name the legend entry
     * @param x the x values
     * @param y the y values, as many as x
     * @param errors error bar half-widths, as many as x; empty for no error bars
     * @param style how the points are drawn: joined by a line, or as marks only
     * @param colour the position whose colour and marker the line takes in the chart's series
     *     palette; -1 for its own position (a line standing for several keeps the first one's,
     *     so the others' colours do not shift)
     */
    public record Line(String name, List<Double> x, List<Double> y, List<Double> errors, Style style, int colour) {
        /** Checks the lengths agree. */
        public Line {
            x = List.copyOf(x);
            y = List.copyOf(y);
            errors = List.copyOf(errors);
            if (x.isEmpty() || y.size() != x.size() || !(errors.isEmpty() || errors.size() == x.size())) {
                throw new IllegalArgumentException("line " + name + " needs matching, non-empty x, y (and errors)");
            }
        }

        /** A line coloured by its position in the chart. */
        public Line(String name, List<Double> x, List<Double> y, List<Double> errors, Style style) {
            this(name, x, y, errors, style, -1);
        }

        /** A connected line. */
        public Line(String name, List<Double> x, List<Double> y, List<Double> errors) {
            this(name, x, y, errors, Style.LINE);
        }

        /** The same line under another name, keeping the colour of position {@code slot} (see {@link #colour}). */
        public Line renamed(String newName, int slot) {
            return new Line(newName, x, y, errors, style, slot);
        }

        /** Whether the points are joined by a line. */
        public boolean connected() {
            return style == Style.LINE;
        }
    }

    /** How a line's points are drawn. */
    public enum Style {
        /** Joined by a line, with the chart's markers. */
        LINE,
        /** Marks only: points that fewer runs than planned had a value for. */
        FEWER_RUNS,
        /**
         * Rings in the line's colour, not joined: points of a line that fewer than 3 runs had a
         * value for (their interval means little), when the line has no other points (in the legend).
         */
        FEW_RUNS,
        /** The same, for some points of the line at colour position {@code colour} (not in the legend: the line is). */
        FEW_RUNS_OF,
        /** Grey rings, not joined: the values of a last sampling interval cut short by the end of the run. */
        PARTIAL,
        /** Marks only, at the bottom of the chart: where a line has no value at all (so it still has a legend entry). */
        NO_VALUE
    }
}
