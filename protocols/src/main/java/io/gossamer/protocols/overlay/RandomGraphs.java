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
        int[] targets = new int[Math.multiplyExact(nodes, d)];
        for (int v = 0; v < nodes; v++) {
            int base = v * d;
            for (int k = 0; k < d; k++) {
                int u;
                do {
                    u = random.nextInt(nodes);
                } while (u == v || contains(targets, base, base + k, u));
                targets[base + k] = u;
            }
        }
        return StaticGraph.regular(nodes, d, targets);
    }

    /**
     * A random d-regular undirected graph (every node has exactly {@code d} distinct
     * neighbours, no self links), stored with both directions of every edge. Built by random
     * pairing of edge ends, with a fresh attempt when the pairing gets stuck.
     */
    public static StaticGraph randomRegular(int nodes, int d, RandomStream random) {
        if (d < 0 || d >= nodes || ((long) nodes * d) % 2 != 0) {
            throw new IllegalArgumentException(
                    "a d-regular graph needs 0 <= d < nodes and nodes*d even, got d=" + d + ", nodes=" + nodes);
        }
        for (int attempt = 0; attempt < 1000; attempt++) {
            int[][] adjacency = tryRegular(nodes, d, random);
            if (adjacency != null) {
                return fromLists(adjacency);
            }
        }
        throw new IllegalStateException("could not build a " + d + "-regular graph on " + nodes + " nodes");
    }

    private static int[][] tryRegular(int nodes, int d, RandomStream random) {
        int[] stubs = new int[nodes * d];
        for (int i = 0; i < stubs.length; i++) {
            stubs[i] = i / d;
        }
        int[][] adjacency = new int[nodes][d];
        int[] degree = new int[nodes];
        int remaining = stubs.length;
        while (remaining > 0) {
            boolean paired = false;
            for (int tries = 0; tries < 100 && !paired; tries++) {
                int i = random.nextInt(remaining);
                int j = random.nextInt(remaining);
                int a = stubs[i];
                int b = stubs[j];
                if (i == j || a == b || contains(adjacency[a], 0, degree[a], b)) {
                    continue;
                }
                adjacency[a][degree[a]++] = b;
                adjacency[b][degree[b]++] = a;
                // Remove both stubs (the higher index first, so the lower one stays valid).
                stubs[Math.max(i, j)] = stubs[--remaining];
                stubs[Math.min(i, j)] = stubs[--remaining];
                paired = true;
            }
            if (!paired) {
                return null;
            }
        }
        return adjacency;
    }

    /**
     * A Watts-Strogatz small world: a ring where every node links to its {@code k} nearest
     * neighbours ({@code k} even, {@code k/2} on each side), then each edge's far end is
     * rewired with probability {@code beta} to a uniform node (no self links or duplicates).
     * Undirected, stored with both directions.
     */
    public static StaticGraph wattsStrogatz(int nodes, int k, double beta, RandomStream random) {
        if (k % 2 != 0 || k < 2 || k >= nodes) {
            throw new IllegalArgumentException("Watts-Strogatz needs an even k with 2 <= k < nodes, got k=" + k);
        }
        if (!(beta >= 0 && beta <= 1)) {
            throw new IllegalArgumentException("Watts-Strogatz beta must be in [0, 1], got " + beta);
        }
        java.util.List<java.util.Set<Integer>> adjacency = new java.util.ArrayList<>();
        for (int v = 0; v < nodes; v++) {
            adjacency.add(new java.util.TreeSet<>());
        }
        for (int v = 0; v < nodes; v++) {
            for (int j = 1; j <= k / 2; j++) {
                int w = (v + j) % nodes;
                adjacency.get(v).add(w);
                adjacency.get(w).add(v);
            }
        }
        for (int j = 1; j <= k / 2; j++) {
            for (int v = 0; v < nodes; v++) {
                int w = (v + j) % nodes;
                if (random.nextDouble() < beta && adjacency.get(v).size() < nodes - 1) {
                    int u;
                    do {
                        u = random.nextInt(nodes);
                    } while (u == v || adjacency.get(v).contains(u));
                    adjacency.get(v).remove(w);
                    adjacency.get(w).remove(v);
                    adjacency.get(v).add(u);
                    adjacency.get(u).add(v);
                }
            }
        }
        int[][] lists = new int[nodes][];
        for (int v = 0; v < nodes; v++) {
            lists[v] = adjacency.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
        return fromLists(lists);
    }

    /**
     * A Barabasi-Albert scale-free graph: starting from a clique of {@code m + 1} nodes, each
     * new node links to {@code m} distinct existing nodes chosen with probability proportional
     * to their degree. Undirected, stored with both directions.
     */
    public static StaticGraph barabasiAlbert(int nodes, int m, RandomStream random) {
        if (m < 1 || m >= nodes) {
            throw new IllegalArgumentException("Barabasi-Albert needs 1 <= m < nodes, got m=" + m);
        }
        int[] ends = new int[2 * (m * (m + 1) / 2 + (nodes - m - 1) * m)];
        int used = 0;
        int[][] lists = new int[nodes][];
        int[] degree = new int[nodes];
        int[][] grow = new int[nodes][];
        for (int v = 0; v < nodes; v++) {
            grow[v] = new int[Math.max(4, m)];
        }
        for (int a = 0; a <= m; a++) {
            for (int b = a + 1; b <= m; b++) {
                used = link(grow, degree, ends, used, a, b);
            }
        }
        int[] chosen = new int[m];
        for (int v = m + 1; v < nodes; v++) {
            int count = 0;
            while (count < m) {
                int target = ends[random.nextInt(used)];
                if (!contains(chosen, 0, count, target)) {
                    chosen[count++] = target;
                }
            }
            for (int t : chosen) {
                used = link(grow, degree, ends, used, v, t);
            }
        }
        for (int v = 0; v < nodes; v++) {
            lists[v] = java.util.Arrays.copyOf(grow[v], degree[v]);
        }
        return fromLists(lists);
    }

    private static int link(int[][] grow, int[] degree, int[] ends, int used, int a, int b) {
        for (int[] pair : new int[][] {{a, b}, {b, a}}) {
            int v = pair[0];
            if (degree[v] == grow[v].length) {
                grow[v] = java.util.Arrays.copyOf(grow[v], grow[v].length * 2);
            }
            grow[v][degree[v]++] = pair[1];
        }
        ends[used++] = a;
        ends[used++] = b;
        return used;
    }

    /** A graph from per-node neighbour lists. */
    private static StaticGraph fromLists(int[][] lists) {
        int n = lists.length;
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + lists[v].length;
        }
        int[] targets = new int[offsets[n]];
        for (int v = 0; v < n; v++) {
            System.arraycopy(lists[v], 0, targets, offsets[v], lists[v].length);
        }
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
