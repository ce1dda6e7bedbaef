package io.gossamer.sim.net;

/**
 * The network's partition groups (see {@link SimNetwork#partition}): a group number per node,
 * 0 for the nodes no group lists; the array is null while the network is whole, so a send
 * pays one null check.
 */
final class Partitions {
    private int[] group;

    /** Splits the network into {@code groups} (node ids below {@code capacity}) from now on. */
    void split(int capacity, int[]... groups) {
        int[] g = new int[capacity];
        for (int i = 0; i < groups.length; i++) {
            for (int node : groups[i]) {
                g[node] = i + 1;
            }
        }
        group = g;
    }

    /** Makes the network whole again. */
    void heal() {
        group = null;
    }

    /** True if messages from {@code a} to {@code b} are dropped by a partition now. */
    boolean separates(int a, int b) {
        return group != null && groupOf(a) != groupOf(b);
    }

    private int groupOf(int node) {
        return node < group.length ? group[node] : 0;
    }
}
