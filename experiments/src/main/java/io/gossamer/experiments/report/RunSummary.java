package io.gossamer.experiments.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a report shows of a run's {@code summary.json}. Numbers stay as the text written in the
 * file, so the report shows exactly what the run wrote; fields the file lacks are {@code null}.
 *
 * @param scenario the scenario name
 * @param description the scenario's one-line description
 * @param version the Gossamer version that ran it
 * @param seed the master seed
 * @param parameters the {@code --set} overrides and sweep coordinates, in file order
 * @param events the number of events executed
 * @param simulatedTimeS the simulated time at the end, in seconds
 * @param end why the run stopped
 * @param metrics each metric's summary values, in file order
 * @param classes the node classes of the resolved scenario, in file order (empty if the file has none)
 * @param options the resolved scenario's {@code report} section
 * @param commit the commit of the Gossamer build that ran it ({@code gossamer_commit}; empty when
 *     built outside a git checkout, {@code null} when the file has none)
 * @param setup the scenario as written and the command that repeats the run
 */
public record RunSummary(String scenario, String description, String version, String seed,
        Map<String, String> parameters, String events, String simulatedTimeS, String end, List<Metric> metrics,
        List<NodeClass> classes, ReportOptions options, String commit, Setup setup) {

    /** Copies the collections (keeping their order). */
    public RunSummary {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        metrics = List.copyOf(metrics);
        classes = List.copyOf(classes);
    }

    /** A summary without scenario details. */
    public RunSummary(String scenario, String description, String version, String seed,
            Map<String, String> parameters, String events, String simulatedTimeS, String end, List<Metric> metrics) {
        this(scenario, description, version, seed, parameters, events, simulatedTimeS, end, metrics, List.of(),
                ReportOptions.NONE, null, Setup.NONE);
    }

    /**
     * A node class as the resolved scenario gives it.
     *
     * @param name the class name
     * @param count its node count as written (a number, or empty when the file gives none)
     * @param protocol the protocol's name
     */
    public record NodeClass(String name, String count, String protocol) {
    }

    /** A value of a metric as written, or {@code null} where the run left it undefined or there is none. */
    public String value(String metric, String name) {
        for (Metric m : metrics) {
            if (m.name().equals(metric)) {
                for (Value v : m.values()) {
                    if (v.name().equals(name)) {
                        return v.text();
                    }
                }
            }
        }
        return null;
    }

    /**
     * One metric's summary.
     *
     * @param name the metric, e.g. {@code dissemination}
     * @param values its summary values in file order
     */
    public record Metric(String name, List<Value> values) {
        /** Copies the list. */
        public Metric {
            values = List.copyOf(values);
        }
    }

    /**
     * One summary value.
     *
     * @param name e.g. {@code t90_ms}
     * @param text the number as written, or {@code null} where the run left it undefined
     */
    public record Value(String name, String text) {
    }
}
