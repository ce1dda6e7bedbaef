package io.gossamer.sim.net;

import io.gossamer.sim.random.RandomStream;

/**
 * The time a node spends handling one message it receives (decoding it, running the handlers,
 * encoding what they send): a per-node single server. A message that reaches a node waits
 * until the node has finished the messages that reached it before, then occupies it for
 * {@link #cost} nanoseconds, and only then is delivered to the node's components, so what
 * they send leaves after the cost. A model is made for one simulation.
 *
 * <p>{@link #NONE} (the default) charges nothing and is free: the network then delivers a
 * message the moment it arrives, exactly as without this model.
 */
@FunctionalInterface
public interface ProcessingModel {
    /** Handling a message takes no time (the default). */
    ProcessingModel NONE = (node, random) -> 0;

    /**
     * The handling time in nanoseconds (not negative) of one message at {@code node}.
     * {@code random} is the node's processing stream; draw only from it.
     */
    long cost(int node, RandomStream random);

    /** The same cost for every message. */
    static ProcessingModel constant(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a processing cost cannot be negative: " + nanos + "ns");
        }
        return nanos == 0 ? NONE : new Constant(nanos);
    }

    /**
     * A cost drawn per message from a delay distribution (any {@link LatencyModel} that does
     * not depend on the pair of nodes: constant, uniform, normal, log-normal, ...), called
     * with the receiving node as source and destination.
     */
    static ProcessingModel drawnFrom(LatencyModel model) {
        return new Drawn(model);
    }

    /** A constant cost. @param nanos the cost in nanoseconds */
    record Constant(long nanos) implements ProcessingModel {
        @Override
        public long cost(int node, RandomStream random) {
            return nanos;
        }
    }

    /** A cost drawn from a delay distribution. @param model the distribution */
    record Drawn(LatencyModel model) implements ProcessingModel {
        @Override
        public long cost(int node, RandomStream random) {
            return model.delay(node, node, random);
        }
    }
}
