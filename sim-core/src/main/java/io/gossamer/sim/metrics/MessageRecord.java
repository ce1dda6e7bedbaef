package io.gossamer.sim.metrics;

import java.util.BitSet;

/** One message as a {@link DisseminationLog} sees it spread. */
final class MessageRecord {
    final int origin;
    final long injectedAt;
    final long sizeBytes;
    final BitSet targets = new BitSet();
    final BitSet reached = new BitSet();
    final Receipts receipts = new Receipts();
    int witness = -1;
    boolean settled;
    long sent;
    /** Payload copies that arrived at nodes of the audience. */
    long arrived;

    MessageRecord(int origin, long injectedAt, long sizeBytes) {
        this.origin = origin;
        this.injectedAt = injectedAt;
        this.sizeBytes = sizeBytes;
    }

    void add(int node, long delay, int hopCount) {
        receipts.add(node, delay, hopCount);
        reached.set(node);
    }
}
