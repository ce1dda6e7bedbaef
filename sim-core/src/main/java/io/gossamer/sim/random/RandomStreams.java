package io.gossamer.sim.random;

/**
 * The random streams of one simulation, all derived from one master seed.
 *
 * <p>A stream is named by a purpose ({@code "net.latency"}, {@code "cyclon.peer"}) and an
 * index (usually a node id). Its seed depends only on the master seed, the purpose and the
 * index, so adding a node, a metric or a protocol never changes the draws of unrelated
 * streams.
 */
public final class RandomStreams {
    private final long masterSeed;

    /** Streams under the given master seed. */
    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    /** The master seed. */
    public long masterSeed() {
        return masterSeed;
    }

    /** Index of the global stream of a purpose: not a node id, so never equal to a node's. */
    public static final long GLOBAL = -1;

    /** A new stream for a purpose that is global to the simulation. */
    public RandomStream stream(String purpose) {
        return new RandomStream(seed(purpose, GLOBAL));
    }

    /** A new stream for a purpose at one node (or any other index). */
    public RandomStream stream(String purpose, long index) {
        return new RandomStream(seed(purpose, index));
    }

    /** The initial state of stream ({@code purpose}, {@code index}), for primitive storage. */
    public long seed(String purpose, long index) {
        return SplitMix64.streamSeed(masterSeed, purpose, index);
    }
}
