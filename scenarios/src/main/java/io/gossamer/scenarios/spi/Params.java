package io.gossamer.scenarios.spi;

import io.gossamer.scenarios.yaml.Location;
import io.gossamer.scenarios.yaml.ScenarioFileException;
import io.gossamer.sim.scenario.DurationDistribution;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of a provider's {@link Param}s as read from a scenario file, defaults filled in,
 * typed by their {@link Kind}. Also knows where the section was written, so a provider can
 * reject a combination of values with {@link #error}.
 */
public final class Params {
    private final Map<String, Object> values;
    private final Map<String, Location> locations;
    private final Location location;
    private final String path;

    /**
     * Values read by the scenario loader.
     *
     * @param values typed values by key (every declared parameter present)
     * @param locations where each value was written (absent for defaults)
     * @param location where the section starts
     * @param path the section's key path, for messages
     */
    public Params(Map<String, Object> values, Map<String, Location> locations, Location location, String path) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.locations = Map.copyOf(locations);
        this.location = location;
        this.path = path;
    }

    /** Whether the scenario file gave {@code key} a value (false where its default applies). */
    public boolean written(String key) {
        return locations.containsKey(key);
    }

    /** An error about {@code key}, pointing at where it was written (or at the section). */
    public ScenarioFileException error(String key, String message) {
        Location at = locations.getOrDefault(key, location);
        return new ScenarioFileException(at, "'" + (path.isEmpty() ? key : path + "." + key) + "' " + message);
    }

    /** The values by key, in declaration order. */
    public Map<String, Object> values() {
        return values;
    }

    /** Where the section starts. */
    public Location location() {
        return location;
    }

    private Object get(String key) {
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("no parameter '" + key + "' was declared (declared: " + values.keySet() + ")");
        }
        return values.get(key);
    }

    /** A {@link Kind#DURATION} in ns. */
    public long duration(String key) {
        return (Long) get(key);
    }

    /** A {@link Kind#SIZE} in bytes. */
    public long size(String key) {
        return (Long) get(key);
    }

    /** A {@link Kind#BIT_RATE} in bit/s. */
    public long bitRate(String key) {
        return (Long) get(key);
    }

    /** A {@link Kind#FRACTION}. */
    public double fraction(String key) {
        return (Double) get(key);
    }

    /** A {@link Kind#INTEGER}. */
    public long integer(String key) {
        return (Long) get(key);
    }

    /** A {@link Kind#INTEGER} that must fit an int and be at least {@code min}. */
    public int intValue(String key, int min) {
        long v = integer(key);
        if (v < min || v > Integer.MAX_VALUE) {
            throw error(key, "must be between " + min + " and " + Integer.MAX_VALUE + ", got " + v);
        }
        return (int) v;
    }

    /** A {@link Kind#NUMBER}. */
    public double number(String key) {
        return (Double) get(key);
    }

    /** A {@link Kind#TEXT}. */
    public String text(String key) {
        return (String) get(key);
    }

    /** A {@link Kind#BOOLEAN}. */
    public boolean bool(String key) {
        return (Boolean) get(key);
    }

    /** A {@link Kind#DISTRIBUTION}. */
    public DurationDistribution distribution(String key) {
        return (DurationDistribution) get(key);
    }

    /** A {@link Kind#PATH}, resolved against the scenario file's directory. */
    public Path path(String key) {
        return (Path) get(key);
    }

    /** A {@link Kind#LATENCY_MODEL}, {@link Kind#LOSS_MODEL} or {@link Kind#NEIGHBOURS}. */
    public ModelSpec model(String key) {
        return (ModelSpec) get(key);
    }
}
