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
 * @param endTime simulated time when the run stopped (ns)
 * @param lastEventTime simulated time at which its last event ran (ns): earlier than
 *     {@code endTime} when the clock moved on with nothing left to do (e.g. {@code stop-when:
 *     no-events} with samplers due later)
 * @param end why it ended: condition, time-limit or no-events
 * @param metrics each metric's result, in the scenario's order
 */
public record RunOutcome(long seed, long events, long endTime, long lastEventTime, String end, Map<String, MetricResult> metrics) {
    /** Copies the map, keeping its order. */
    public RunOutcome {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }
}
