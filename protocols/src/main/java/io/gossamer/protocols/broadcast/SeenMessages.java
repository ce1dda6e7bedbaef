package io.gossamer.protocols.broadcast;

import java.util.Arrays;

/**
 * Which messages each node has seen, for all nodes of a run in one structure: one bit per
 * (node, message), a bit set over the nodes per message id. A million nodes cost 125 KB a
 * message and no object per node, so a node's components stay small; and the bits of the
 * message being spread fit in the processor's cache, where a delivery tests one.
 */
public final class SeenMessages {
    private long[][] columns = new long[0][];
    private int nodes;

    /** Room for node ids below {@code nodes} (it grows when needed). */
    public SeenMessages(int nodes) {
        this.nodes = Math.max(1, nodes);
    }

    /** Marks {@code message} seen at {@code node}; true if it was not seen before. */
    public boolean markSeen(int node, int message) {
        long[] w = column(message, node);
        long bit = 1L << node;
        int at = node >>> 6;
        if ((w[at] & bit) != 0) {
            return false;
        }
        w[at] |= bit;
        return true;
    }

    /** True if {@code node} has seen {@code message}. */
    public boolean seen(int node, int message) {
        if (message < 0 || message >= columns.length || columns[message] == null) {
            return false;
        }
        long[] w = columns[message];
        return (node >>> 6) < w.length && (w[node >>> 6] & (1L << node)) != 0;
    }

    /** Forgets everything {@code node} saw (it restarted with empty memory). */
    public void forget(int node) {
        for (long[] w : columns) {
            if (w != null && (node >>> 6) < w.length) {
                w[node >>> 6] &= ~(1L << node);
            }
        }
    }

    private long[] column(int message, int node) {
        if (node >= nodes) {
            nodes = Math.max(node + 1, nodes + (nodes >> 1));
        }
        if (message >= columns.length) {
            columns = Arrays.copyOf(columns, Math.max(message + 1, columns.length * 2));
        }
        long[] w = columns[message];
        int words = (nodes + 63) >>> 6;
        if (w == null || (node >>> 6) >= w.length) {
            w = w == null ? new long[words] : Arrays.copyOf(w, words);
            columns[message] = w;
        }
        return w;
    }
}
