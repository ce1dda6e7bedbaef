package io.gossamer.experiments.report;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sweep directory as read.
 *
 * @param dir the sweep directory
 * @param scenario the scenario name
 * @param sweptPaths the swept value paths, in column order
 * @param runs {@code sweep.csv}: a row per finished run
 * @param aggregate {@code aggregate.csv}, absent while no point has been aggregated yet
 * @param planned the runs sweep.json plans at each point (by point number as written); empty without sweep.json
 * @param options the scenario's {@code report} section
 * @param setup the scenario as written, its seeds, the build that ran it and the command that repeats it
 */
public record SweepResults(Path dir, String scenario, List<String> sweptPaths, CsvTable runs,
        Optional<CsvTable> aggregate, Map<String, Integer> planned, ReportOptions options, Setup setup) {
    /** Copies the list and map (keeping the map's order). */
    public SweepResults {
        sweptPaths = List.copyOf(sweptPaths);
        planned = Collections.unmodifiableMap(new LinkedHashMap<>(planned));
    }

    /** The number of runs sweep.json plans, or the runs found if there is no plan. */
    public int plannedRuns() {
        return planned.isEmpty() ? runs.rows().size() : planned.values().stream().mapToInt(Integer::intValue).sum();
    }
}
