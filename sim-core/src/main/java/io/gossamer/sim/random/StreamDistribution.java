package io.gossamer.sim.random;

import java.util.function.Function;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A Commons Math distribution that draws from whichever {@link RandomStream} it is given.
 * Commons Math binds a distribution to one generator when it is built, so this builds it on
 * the first draw and again only if a different stream comes; models that draw through one
 * cursor stream (the network's per-node streams) therefore build it once.
 */
public final class StreamDistribution {
    private final Function<RandomGenerator, RealDistribution> factory;
    private RandomStream boundTo;
    private RealDistribution distribution;

    /** A distribution built by {@code factory} on the stream's Commons Math adapter. */
    public StreamDistribution(Function<RandomGenerator, RealDistribution> factory) {
        this.factory = factory;
    }

    /** One draw from {@code random}. */
    public double sample(RandomStream random) {
        if (random != boundTo) {
            distribution = factory.apply(random.asCommonsMath());
            boundTo = random;
        }
        return distribution.sample();
    }
}
