package io.gossamer.scenarios.model;

import io.gossamer.scenarios.spi.MetricProvider;
import io.gossamer.scenarios.spi.Params;

/**
 * A metric to collect.
 *
 * @param provider the metric
 * @param params its parameters
 */
public record MetricSpec(MetricProvider provider, Params params) {
}
