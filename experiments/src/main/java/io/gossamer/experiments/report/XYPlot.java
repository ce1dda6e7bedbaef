package io.gossamer.experiments.report;

import java.util.List;

/**
 * A chart with a numeric x axis.
 *
 * @param name the file name stem
 * @param title the chart title
 * @param xLabel the x axis label
 * @param yLabel the y axis label
 * @param lines the lines, at least one
 * @param markers whether to mark each point (for few points, such as parameter values)
 */
public record XYPlot(String name, String title, String xLabel, String yLabel, List<Line> lines, boolean markers)
        implements Plot {

    /** Checks there is something to draw. */
    public XYPlot {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a plot needs at least one line: " + name);
        }
    }

    @Override
    public int seriesCount() {
        return lines.size();
    }

    /**
     * One line: points in x order.
     *
     * @param name the legend entry
     * @param x the x values
     * @param y the y values, as many as x
     * @param errors error bar half-widths, as many as x; empty for no error bars
     */
    public record Line(String name, List<Double> x, List<Double> y, List<Double> errors) {
        /** Checks the lengths agree. */
        public Line {
            x = List.copyOf(x);
            y = List.copyOf(y);
            errors = List.copyOf(errors);
            if (x.isEmpty() || y.size() != x.size() || !(errors.isEmpty() || errors.size() == x.size())) {
                throw new IllegalArgumentException("line " + name + " needs matching, non-empty x, y (and errors)");
            }
        }
    }
}
