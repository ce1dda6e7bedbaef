package io.gossamer.experiments.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A bar chart with one bar group per category on the x axis.
 *
 * @param name the file name stem
 * @param title the chart title
 * @param xLabel the x axis label
 * @param yLabel the y axis label
 * @param categories the x axis categories, in display order
 * @param series the bar series, at least one, each with a value per category
 */
public record CategoryPlot(String name, String title, String xLabel, String yLabel, List<String> categories,
        List<Bars> series) implements Plot {

    /** Checks every series has a value (or gap) for every category. */
    public CategoryPlot {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (categories.isEmpty() || series.isEmpty()) {
            throw new IllegalArgumentException("a plot needs categories and at least one series: " + name);
        }
        for (Bars bars : series) {
            if (bars.y().size() != categories.size()) {
                throw new IllegalArgumentException("series " + bars.name() + " of " + name + " has "
                        + bars.y().size() + " values for " + categories.size() + " categories");
            }
        }
    }

    @Override
    public int seriesCount() {
        return series.size();
    }

    @Override
    public CategoryPlot withTitle(String newTitle) {
        return new CategoryPlot(name, newTitle, xLabel, yLabel, categories, series);
    }

    /**
     * One bar series.
     *
     * @param name the legend entry
     * @param y a value per category, {@code null} where there is none
     * @param errors error bar half-widths per category; empty for no error bars
     */
    public record Bars(String name, List<Double> y, List<Double> errors) {
        /** Copies the lists; {@code y} may hold nulls, so it is wrapped rather than copied with List.copyOf. */
        public Bars {
            y = Collections.unmodifiableList(new ArrayList<>(y));
            errors = List.copyOf(errors);
            if (!(errors.isEmpty() || errors.size() == y.size())) {
                throw new IllegalArgumentException("series " + name + " needs an error per value");
            }
        }
    }
}
