package io.gossamer.scenarios.run;

import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.random.RandomStream;

/** A latency model plus each end's access delay (per node class, e.g. phones on a cellular link). */
final class AccessLatency implements LatencyModel {
    private final LatencyModel inner;
    private final long[] access;

    AccessLatency(LatencyModel inner, long[] access) {
        this.inner = inner;
        this.access = access;
    }

    @Override
    public long delay(int source, int destination, RandomStream random) {
        return inner.delay(source, destination, random) + access[source] + access[destination];
    }

    @Override
    public String toString() {
        return inner + " + access delays";
    }
}
