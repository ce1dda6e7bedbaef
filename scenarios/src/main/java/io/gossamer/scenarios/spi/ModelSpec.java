package io.gossamer.scenarios.spi;

import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.net.model.GranularLatency;
import io.gossamer.sim.random.RandomStreams;

/**
 * A latency or loss model or a neighbour source as named in a file, with its parameters,
 * built once per run (models may draw from the run's random streams).
 *
 * @param provider the {@link LatencyProvider}, {@link LossProvider} or {@link NeighbourProvider}
 * @param params its parameters
 */
public record ModelSpec(Provider provider, Params params) {
    /** The latency model for a run, its delays rounded if the file gives a {@code granularity}. */
    public LatencyModel latency(RandomStreams streams) {
        LatencyModel model = ((LatencyProvider) provider).create(params, streams);
        long unit = params.values().containsKey(LatencyProvider.GRANULARITY.key())
                ? params.duration(LatencyProvider.GRANULARITY.key()) : 0;
        return unit > 0 ? new GranularLatency(model, unit) : model;
    }

    /** The loss model for a run. */
    public LossModel loss(RandomStreams streams) {
        return ((LossProvider) provider).create(params, streams);
    }

    /** The neighbour source for one node class of a run. */
    public NeighbourSource neighbours(RunSetup setup) {
        return ((NeighbourProvider) provider).create(params, setup);
    }

    /** True for a neighbour source that reads the scenario's overlay. */
    public boolean needsOverlay() {
        return provider instanceof NeighbourProvider n && n.needsOverlay();
    }
}
