package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.MetricProvider;
import io.gossamer.scenarios.spi.Param;
import java.util.List;

/** Name, description and parameters of a built-in metric. */
abstract class BaseMetric implements MetricProvider {
    private final String name;
    private final String description;
    private final List<Param> params;

    BaseMetric(String name, String description, Param... params) {
        this.name = name;
        this.description = description;
        this.params = List.of(params);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<Param> parameters() {
        return params;
    }
}
