package io.gossamer.scenarios.model;

import java.util.List;

/**
 * A parameter sweep: a grid of value paths crossed with one zipped group, times replicates.
 *
 * @param grid each path with its values; every combination is a point
 * @param zip paths whose value lists are walked together (same length); crossed with the grid
 * @param seedCount replicates per point when seeds are derived, else 0
 * @param seeds explicit seeds (one replicate each), or empty
 */
public record SweepSpec(List<Dimension> grid, List<Dimension> zip, int seedCount, List<Long> seeds) {
    /** Copies the lists. */
    public SweepSpec {
        grid = List.copyOf(grid);
        zip = List.copyOf(zip);
        seeds = List.copyOf(seeds);
    }

    /** Replicates per point. */
    public int replicates() {
        return seeds.isEmpty() ? seedCount : seeds.size();
    }

    /**
     * One swept path.
     *
     * @param path the value path, e.g. network.loss.rate
     * @param values the values as written in the file
     */
    public record Dimension(String path, List<io.gossamer.scenarios.yaml.YamlNode> values) {
        /** Copies the list. */
        public Dimension {
            values = List.copyOf(values);
        }
    }
}
