package io.gossamer.experiments.report;

import java.nio.file.Path;
import java.util.List;

/**
 * A run directory as read: its summary, its series and its tables (each in file-name order).
 *
 * @param dir the run directory
 * @param summary {@code summary.json}
 * @param series {@code series/*.csv}
 * @param tables {@code tables/*.csv}
 */
public record RunResults(Path dir, RunSummary summary, List<NamedCsv> series, List<NamedCsv> tables) {
    /** Copies the lists. */
    public RunResults {
        series = List.copyOf(series);
        tables = List.copyOf(tables);
    }
}
