package io.gossamer.sim.net.model;

import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.random.RandomStream;

/**
 * Each message is lost independently with probability {@code p}.
 *
 * @param p loss probability in [0, 1]
 */
public record BernoulliLoss(double p) implements LossModel {
    /** Validates the probability. */
    public BernoulliLoss {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("loss probability must be in [0, 1], got " + p);
        }
    }

    @Override
    public boolean lost(int source, int destination, RandomStream random) {
        return p > 0 && random.nextDouble() < p;
    }
}
