package io.gossamer.experiments.report;

/** A chart to render, independent of the charting library. */
public sealed interface Plot permits XYPlot, CategoryPlot {
    /** The file name stem of the rendered images, e.g. {@code delivery-cdf}. */
    String name();

    /** The chart title. */
    String title();

    /** The x axis label. */
    String xLabel();

    /** The y axis label. */
    String yLabel();

    /** The same chart under another title. */
    Plot withTitle(String title);

    /** The number of series (lines or bar groups); a legend is shown when there are several. */
    int seriesCount();
}
