package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.MetricProvider;
import io.gossamer.scenarios.spi.Param;

/** Name, description and parameters of a built-in metric. */
abstract class BaseMetric extends BaseProvider implements MetricProvider {
    BaseMetric(String name, String description, Param... params) {
        super(name, description, params);
    }
}
