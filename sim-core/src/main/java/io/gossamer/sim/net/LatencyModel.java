package io.gossamer.sim.net;

import io.gossamer.sim.random.RandomStream;

/**
 * The one-way propagation delay of a message. Implementations live in
 * {@code io.gossamer.sim.net.model}. A model is made for one simulation.
 */
@FunctionalInterface
public interface LatencyModel {
    /**
     * The delay in nanoseconds (not negative) of a message from {@code source} to
     * {@code destination}. {@code random} is the sender's latency stream; draw only from it.
     */
    long delay(int source, int destination, RandomStream random);
}
