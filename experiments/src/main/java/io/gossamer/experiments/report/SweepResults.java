package io.gossamer.experiments.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A sweep directory as read.
 *
 * @param dir the sweep directory
 * @param scenario the scenario name
 * @param sweptPaths the swept value paths, in column order
 * @param runs {@code sweep.csv}: a row per finished run
 * @param aggregate {@code aggregate.csv}, absent while no point has been aggregated yet
 */
public record SweepResults(Path dir, String scenario, List<String> sweptPaths, CsvTable runs,
        Optional<CsvTable> aggregate) {
    /** Copies the list. */
    public SweepResults {
        sweptPaths = List.copyOf(sweptPaths);
    }
}
