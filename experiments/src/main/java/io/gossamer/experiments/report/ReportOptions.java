package io.gossamer.experiments.report;

import java.util.List;
import java.util.Optional;

/**
 * What a reader asked of a report: the scenario's {@code report} section ({@code plots}: the
 * figures to show first; {@code x-log}, {@code y-log}: force an axis scale instead of choosing
 * it from the data) and {@code gossamer report --metrics} (show only these figures).
 *
 * @param plots figures to show first, e.g. {@code dissemination.t90_ms}, in this order
 * @param xLog the x axis scale of sweep plots; empty: logarithmic when the values span two decades
 * @param yLog the y axis scale; empty: chosen the same way
 * @param metrics the only figures to show (a metric name selects all its figures); empty: all
 */
public record ReportOptions(List<String> plots, Optional<Boolean> xLog, Optional<Boolean> yLog, List<String> metrics) {
    /** Nothing asked. */
    public static final ReportOptions NONE = new ReportOptions(List.of(), Optional.empty(), Optional.empty(), List.of());

    /** Copies the lists. */
    public ReportOptions {
        plots = List.copyOf(plots);
        metrics = List.copyOf(metrics);
    }

    /** These options with the figures selected on the command line. */
    public ReportOptions selecting(List<String> selected) {
        return new ReportOptions(plots, xLog, yLog, selected);
    }

    /** Whether the figure {@code metric.name} is shown. */
    public boolean shows(String figure) {
        return metrics.isEmpty() || metrics.stream().anyMatch(m -> figure.equals(m) || figure.startsWith(m + "."));
    }

    /** The rank of a figure among those the scenario names first, or -1. */
    int firstRank(String figure) {
        List<String> order = metrics.isEmpty() ? plots : metrics;
        for (int i = 0; i < order.size(); i++) {
            if (figure.equals(order.get(i)) || figure.startsWith(order.get(i) + ".")) {
                return i;
            }
        }
        return -1;
    }
}
