package io.gossamer.kompics;

import io.gossamer.sim.Time;
import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.random.RandomStream;

/**
 * Kompics' {@code UniformRandomModel(min, max)} on Gossamer: whole milliseconds drawn
 * uniformly from [min, max), one draw per message.
 */
record KompicsMsLatency(long minMs, long maxMs) implements LatencyModel {
    @Override
    public long delay(int source, int destination, RandomStream random) {
        return Time.ms(minMs + random.nextLong(maxMs - minMs));
    }
}
