package io.gossamer.protocols.broadcast;

import java.util.Arrays;

/**
 * Which messages each node has seen, for all nodes of a run in one structure: one bit per
 * (node, message), stored as one {@code long[]} per 64 message ids indexed by node. A
 * million nodes and one message cost 8 MB and no object per node; a node's components
 * stay small.
 */
public final class SeenMessages {
    private long[][] words = new long[0][];
    private int nodes;

    /** Room for node ids below {@code nodes} (it grows when needed). */
    public SeenMessages(int nodes) {
        this.nodes = Math.max(1, nodes);
    }

    /** Marks {@code message} seen at {@code node}; true if it was not seen before. */
    public boolean markSeen(int node, int message) {
        long[] w = column(message >>> 6, node);
        long bit = 1L << (message & 63);
        if ((w[node] & bit) != 0) {
            return false;
        }
        w[node] |= bit;
        return true;
    }

    /** True if {@code node} has seen {@code message}. */
    public boolean seen(int node, int message) {
        int c = message >>> 6;
        return c < words.length && words[c] != null && node < words[c].length && (words[c][node] & (1L << (message & 63))) != 0;
    }

    /** Forgets everything {@code node} saw (it restarted with empty memory). */
    public void forget(int node) {
        for (long[] w : words) {
            if (w != null && node < w.length) {
                w[node] = 0;
            }
        }
    }

    private long[] column(int c, int node) {
        if (node >= nodes) {
            nodes = Math.max(node + 1, nodes + (nodes >> 1));
        }
        if (c >= words.length) {
            words = Arrays.copyOf(words, Math.max(c + 1, words.length * 2));
        }
        long[] w = words[c];
        if (w == null || node >= w.length) {
            w = w == null ? new long[nodes] : Arrays.copyOf(w, nodes);
            words[c] = w;
        }
        return w;
    }
}
