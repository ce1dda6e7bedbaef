package io.gossamer.sim.net.model;

import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.random.RandomStream;

/**
 * A delay drawn uniformly per message from [{@code min}, {@code max}) nanoseconds.
 *
 * @param min smallest delay (inclusive), nanoseconds
 * @param max largest delay (exclusive), nanoseconds
 */
public record UniformLatency(long min, long max) implements LatencyModel {
    /** Validates the bounds. */
    public UniformLatency {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("uniform latency needs 0 <= min <= max, got [" + min + ", " + max + ")");
        }
    }

    @Override
    public long delay(int source, int destination, RandomStream random) {
        // A 53-bit uniform fraction scaled to the range: no division on the hot path, and the
        // bias is below 2^-53 per value.
        return max == min ? min : min + (long) (random.nextDouble() * (max - min));
    }
}
