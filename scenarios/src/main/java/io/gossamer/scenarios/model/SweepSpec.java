package io.gossamer.scenarios.model;

import java.util.List;

/**
 * A parameter sweep: a grid of value paths crossed with one zipped group and with named
 * variants, times replicates.
 *
 * @param grid each path with its values; every combination is a point
 * @param zip paths whose value lists are walked together (same length); crossed with the grid
 * @param variants named sets of values, crossed with the rest as the dimension "variant"
 * @param seedCount replicates per point when seeds are derived, else 0
 * @param seeds explicit seeds (one replicate each), or empty
 */
public record SweepSpec(List<Dimension> grid, List<Dimension> zip, List<Variant> variants, int seedCount, List<Long> seeds) {
    /** The path under which variants appear in tables. */
    public static final String VARIANT = "variant";

    /** Copies the lists. */
    public SweepSpec {
        grid = List.copyOf(grid);
        zip = List.copyOf(zip);
        variants = List.copyOf(variants);
        seeds = List.copyOf(seeds);
    }

    /**
     * A named set of values.
     *
     * @param name its name (the value of the "variant" column)
     * @param values value paths and the values it gives them
     */
    public record Variant(String name, java.util.Map<String, io.gossamer.scenarios.yaml.YamlNode> values) {
        /** Copies the map, keeping its order. */
        public Variant {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
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
