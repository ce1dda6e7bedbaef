package io.gossamer.scenarios.run;

import io.gossamer.scenarios.spi.MetricResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run produced.
 *
 * @param seed its master seed
 * @param events timed plus zero-delay events processed
 * @param endTime simulated time at the end (ns)
 * @param end why it ended: condition, time-limit or no-events
 * @param metrics each metric's result, in the scenario's order
 */
public record RunOutcome(long seed, long events, long endTime, String end, Map<String, MetricResult> metrics) {
    /** Copies the map, keeping its order. */
    public RunOutcome {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
