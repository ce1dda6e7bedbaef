package io.gossamer.sim.net;

import io.gossamer.sim.random.RandomStream;

/** Decides whether a message is lost in transit. A model is made for one simulation. */
@FunctionalInterface
public interface LossModel {
    /** Never loses anything. */
    LossModel NONE = (source, destination, random) -> false;

    /** True if the message from {@code source} to {@code destination} is lost. */
    boolean lost(int source, int destination, RandomStream random);
}
