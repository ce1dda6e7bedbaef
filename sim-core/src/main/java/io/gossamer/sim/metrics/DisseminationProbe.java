package io.gossamer.sim.metrics;

/**
 * What a dissemination protocol tells the measurement side: a message was injected, reached
 * a node, arrived again at a node that had it, or was sent. Protocols call it from their
 * handlers; {@link DisseminationLog} records it.
 */
public interface DisseminationProbe {

    /**
     * A new message is created at {@code origin} (which counts as reached at once, with 0 hops).
     *
     * @return the message's id: 0, 1, 2, ... in injection order
     */
    int injected(int origin, long time, long sizeBytes);

    /** {@code node} receives {@code message} for the first time, after {@code hops} hops. */
    void delivered(int message, int node, long time, int hops);

    /** {@code node} receives {@code message} again. */
    void duplicate(int message, int node);

    /** {@code copies} network messages carrying {@code message} leave a node. */
    void sent(int message, int copies);
}
