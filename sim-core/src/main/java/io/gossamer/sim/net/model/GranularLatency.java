package io.gossamer.sim.net.model;

import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.random.RandomStream;

/**
 * Another model's delays rounded to whole multiples of a unit, half a unit rounding up: with a
 * unit of 1 ms every delay is a whole number of milliseconds, as in simulators whose transports
 * draw integer milliseconds (PeerSim's), so results compare like for like. Rounding draws
 * nothing, so the inner model's draws, and the run's other draws, stay as they were.
 *
 * @param inner the model whose delays are rounded
 * @param unit the unit in nanoseconds, positive
 */
public record GranularLatency(LatencyModel inner, long unit) implements LatencyModel {
    /** Validates the unit. */
    public GranularLatency {
        if (inner == null) {
            throw new IllegalArgumentException("the latency model to round is required");
        }
        if (unit <= 0) {
            throw new IllegalArgumentException("the granularity must be positive, got " + unit + "ns");
        }
    }

    @Override
    public long delay(int source, int destination, RandomStream random) {
        long d = inner.delay(source, destination, random);
        long whole = d / unit;
        long rest = d - whole * unit;
        return (rest >= unit - rest ? whole + 1 : whole) * unit;
    }

    @Override
    public String toString() {
        return inner + " rounded to " + unit + "ns";
    }
}
