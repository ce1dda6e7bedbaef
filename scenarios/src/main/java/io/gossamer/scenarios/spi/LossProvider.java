package io.gossamer.scenarios.spi;

import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.random.RandomStreams;

/** A loss model by name ({@code network.loss.model}). */
public interface LossProvider extends Provider {
    /** Builds the model; bad combinations of values fail with {@link Params#error}. */
    LossModel create(Params params, RandomStreams streams);
}
