package io.gossamer.protocols.overlay;

import io.gossamer.sim.random.RandomStream;

/** Generators of random overlays. */
public final class RandomGraphs {
    private RandomGraphs() {
    }

    /**
     * A random d-out digraph: every node gets {@code d} distinct out-neighbours drawn
     * uniformly from the other nodes (no self links).
     */
    public static StaticGraph dOut(int nodes, int d, RandomStream random) {
        if (nodes < 1 || d < 0 || d > nodes - 1) {
            throw new IllegalArgumentException("a d-out graph needs 0 <= d < nodes, got d=" + d + ", nodes=" + nodes);
        }
        int[] offsets = new int[nodes + 1];
        int[] targets = new int[Math.multiplyExact(nodes, d)];
        for (int v = 0; v < nodes; v++) {
            int base = v * d;
            offsets[v] = base;
            for (int k = 0; k < d; k++) {
                int u;
                do {
                    u = random.nextInt(nodes);
                } while (u == v || contains(targets, base, base + k, u));
                targets[base + k] = u;
            }
        }
        offsets[nodes] = targets.length;
        return new StaticGraph(offsets, targets);
    }

    private static boolean contains(int[] a, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (a[i] == value) {
                return true;
            }
        }
        return false;
    }
}
