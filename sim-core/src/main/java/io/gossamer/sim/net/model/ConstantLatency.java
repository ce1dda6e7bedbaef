package io.gossamer.sim.net.model;

import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.random.RandomStream;

/**
 * The same delay for every message.
 *
 * @param nanos the delay in nanoseconds
 */
public record ConstantLatency(long nanos) implements LatencyModel {
    /** Validates the delay. */
    public ConstantLatency {
        if (nanos < 0) {
            throw new IllegalArgumentException("latency cannot be negative: " + nanos + "ns");
        }
    }

    @Override
    public long delay(int source, int destination, RandomStream random) {
        return nanos;
    }
}
