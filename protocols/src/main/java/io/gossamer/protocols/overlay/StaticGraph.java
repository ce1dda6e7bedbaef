package io.gossamer.protocols.overlay;

import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Multicast;
import java.util.Arrays;

/**
 * An immutable directed graph in compressed sparse row form: node {@code v}'s out-neighbours
 * are {@code targets[offsets[v] .. offsets[v+1])}. Two int arrays for the whole graph, so a
 * million-node overlay costs a few tens of megabytes and no object per node.
 */
public final class StaticGraph {
    private final int[] offsets;
    private final int[] targets;

    /**
     * A graph from its row offsets ({@code nodes + 1} entries, non-decreasing, from 0) and
     * concatenated out-neighbour lists. The arrays are taken, not copied.
     */
    public StaticGraph(int[] offsets, int[] targets) {
        if (offsets.length == 0 || offsets[0] != 0 || offsets[offsets.length - 1] != targets.length) {
            throw new IllegalArgumentException("offsets must start at 0 and end at targets.length");
        }
        this.offsets = offsets;
        this.targets = targets;
    }

    /** Number of nodes. */
    public int nodes() {
        return offsets.length - 1;
    }

    /** Number of directed edges. */
    public int edges() {
        return targets.length;
    }

    /** Out-degree of {@code node}. */
    public int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    /** The {@code i}-th out-neighbour of {@code node}. */
    public int neighbour(int node, int i) {
        return targets[offsets[node] + i];
    }

    /**
     * A multicast of {@code message} to the out-neighbours of {@code node} except
     * {@code excluded} ({@link Multicast#NONE_EXCLUDED} for none), without copying them.
     */
    public Multicast multicast(Message message, int node, int excluded) {
        return new Multicast(message, targets, offsets[node], offsets[node + 1], excluded);
    }

    /** A copy of the out-neighbours of {@code node}. */
    public int[] neighbours(int node) {
        return Arrays.copyOfRange(targets, offsets[node], offsets[node + 1]);
    }

}
