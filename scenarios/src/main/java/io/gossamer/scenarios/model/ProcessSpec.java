package io.gossamer.scenarios.model;

import io.gossamer.scenarios.spi.OperationProvider;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.yaml.Location;
import io.gossamer.sim.scenario.DurationDistribution;
import io.gossamer.sim.scenario.ProcessStart;

/**
 * One stochastic process of a scenario.
 *
 * @param name its name
 * @param operation what it raises
 * @param params the operation's parameters
 * @param count how many operations
 * @param every gaps between them, or null to take the operation's default
 * @param start when it starts
 * @param stopAt when it stops raising even if not done (ns), or Long.MAX_VALUE
 * @param location where it was written
 */
public record ProcessSpec(String name, OperationProvider operation, Params params, long count,
        DurationDistribution every, ProcessStart start, long stopAt, Location location) {
}
