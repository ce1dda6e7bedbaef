package io.gossamer.scenarios.spi;

import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.random.RandomStreams;

/**
 * A latency or loss model as named in a file, built once per run (models may draw from the
 * run's random streams).
 *
 * @param provider the {@link LatencyProvider} or {@link LossProvider}
 * @param params its parameters
 */
public record ModelSpec(Provider provider, Params params) {
    /** The latency model for a run. */
    public LatencyModel latency(RandomStreams streams) {
        return ((LatencyProvider) provider).create(params, streams);
    }

    /** The loss model for a run. */
    public LossModel loss(RandomStreams streams) {
        return ((LossProvider) provider).create(params, streams);
    }
}
