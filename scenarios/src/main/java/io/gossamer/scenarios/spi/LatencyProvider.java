package io.gossamer.scenarios.spi;

import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.random.RandomStreams;

/**
 * A latency model by name ({@code network.latency.model}). Every model also takes
 * {@link #GRANULARITY}, which the scenario language handles itself: a provider never sees it.
 */
public interface LatencyProvider extends Provider {
    /** The key every latency model takes besides its own: delays rounded to whole multiples of it. */
    Param GRANULARITY = Param.optional("granularity", Kind.DURATION, "0s", "every delay drawn rounded to a whole multiple of"
            + " this (half up), e.g. 1ms for PeerSim's integer-millisecond transports; 0s (the default): not rounded");

    /** Builds the model; bad combinations of values fail with {@link Params#error}. */
    LatencyModel create(Params params, RandomStreams streams);
}
