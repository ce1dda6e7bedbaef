package io.gossamer.scenarios.spi;

import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.random.RandomStreams;

/** A latency model by name ({@code network.latency.model}). */
public interface LatencyProvider extends Provider {
    /** Builds the model; bad combinations of values fail with {@link Params#error}. */
    LatencyModel create(Params params, RandomStreams streams);
}
