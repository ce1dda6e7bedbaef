package io.gossamer.protocols.overlay;

import java.util.Arrays;

/**
 * The mean clustering coefficient of a directed graph ({@link OverlayMetrics#clustering}).
 *
 * <p>For each node it reads the out-lists of its k distinct out-neighbours once and tests
 * every link against a bit set of those k ids: one bit per node of the graph (128 KB at a
 * million nodes, which stays in the second-level cache) instead of an int per node (4 MB,
 * which did not), and a binary search only for the few links that hit. A linked pair sets two
 * bits of a k x k matrix, so each pair counts once whichever ends link it and however often.
 */
final class Clustering {
    private final StaticGraph g;
    /** The current node's distinct out-neighbours, sorted. */
    private int[] out = new int[16];
    /** Bit w set while w is among the current node's out-neighbours. */
    private final long[] member;
    /** Row i: bit j set if out[i] and out[j] are linked; {@code words} longs per row. */
    private long[] linked = new long[16];

    private Clustering(StaticGraph g) {
        this.g = g;
        this.member = new long[(g.nodes() + 63) >>> 6];
    }

    /** Mean over nodes with at least two distinct out-neighbours; 0 if there is none. */
    static double mean(StaticGraph g) {
        return new Clustering(g).run();
    }

    private double run() {
        double sum = 0;
        int counted = 0;
        for (int v = 0, n = g.nodes(); v < n; v++) {
            int k = distinctOut(v);
            if (k < 2) {
                continue;
            }
            sum += pairsLinked(k) / (k * (k - 1) / 2.0);
            counted++;
        }
        return counted == 0 ? 0 : sum / counted;
    }

    /** Fills {@link #out} with v's distinct out-neighbours other than v, sorted; returns how many. */
    private int distinctOut(int v) {
        int d = g.degree(v);
        if (out.length < d) {
            out = new int[Math.max(d, out.length * 2)];
        }
        for (int i = 0; i < d; i++) {
            out[i] = g.neighbour(v, i);
        }
        Arrays.sort(out, 0, d);
        int k = 0;
        for (int i = 0; i < d; i++) {
            if (out[i] != v && (k == 0 || out[k - 1] != out[i])) {
                out[k++] = out[i];
            }
        }
        return k;
    }

    /** Unordered pairs of out[0..k) with a link in either direction. */
    private long pairsLinked(int k) {
        int words = (k + 63) >>> 6;
        if (linked.length < k * words) {
            linked = new long[Math.max(k * words, linked.length * 2)];
        }
        Arrays.fill(linked, 0, k * words, 0L);
        for (int i = 0; i < k; i++) {
            member[out[i] >>> 6] |= 1L << out[i];
        }
        int[] targets = g.targets();
        for (int i = 0; i < k; i++) {
            int u = out[i];
            for (int e = g.start(u), end = g.start(u + 1); e < end; e++) {
                int w = targets[e];
                if ((member[w >>> 6] & 1L << w) != 0 && w != u) {
                    int j = Arrays.binarySearch(out, 0, k, w);
                    linked[i * words + (j >>> 6)] |= 1L << j;
                    linked[j * words + (i >>> 6)] |= 1L << i;
                }
            }
        }
        for (int i = 0; i < k; i++) {
            member[out[i] >>> 6] = 0;
        }
        long bits = 0;
        for (int w = 0, end = k * words; w < end; w++) {
            bits += Long.bitCount(linked[w]);
        }
        return bits / 2;
    }
}
