package io.gossamer.protocols.overlay;

import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Multicast;
import java.util.Arrays;

/**
 * An immutable directed graph in compressed sparse row form: node {@code v}'s out-neighbours
 * are {@code targets[offsets[v] .. offsets[v+1])}. Two int arrays for the whole graph, so a
 * million-node overlay costs a few tens of megabytes and no object per node. A graph where
 * every node has the same out-degree d ({@link #regular}) needs no offsets: node v's row
 * starts at {@code v * d}.
 */
public final class StaticGraph {
    /** Row starts ({@code nodes + 1} entries), or null for a regular graph. */
    private final int[] offsets;
    private final int[] targets;
    private final int nodes;
    /** The out-degree of every node of a regular graph. */
    private final int rowLength;

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
        this.nodes = offsets.length - 1;
        this.rowLength = 0;
    }

    private StaticGraph(int nodes, int degree, int[] targets) {
        this.offsets = null;
        this.targets = targets;
        this.nodes = nodes;
        this.rowLength = degree;
    }

    /**
     * A graph where every one of {@code nodes} nodes has {@code degree} out-neighbours, node
     * v's at {@code targets[v * degree .. (v + 1) * degree)}. The array is taken, not copied.
     */
    public static StaticGraph regular(int nodes, int degree, int[] targets) {
        if (nodes < 0 || degree < 0 || (long) nodes * degree != targets.length) {
            throw new IllegalArgumentException("a regular graph of " + nodes + " nodes of degree " + degree
                    + " needs " + (long) nodes * degree + " targets, got " + targets.length);
        }
        return new StaticGraph(nodes, degree, targets);
    }

    /** Where node v's row starts in {@code targets} (v may be {@code nodes()}: the end). */
    int start(int v) {
        return offsets == null ? v * rowLength : offsets[v];
    }

    /** The concatenated out-lists (not a copy: read only), node v's from {@link #start}(v) to start(v + 1). */
    int[] targets() {
        return targets;
    }

    /** Number of nodes. */
    public int nodes() {
        return nodes;
    }

    /** Number of directed edges. */
    public int edges() {
        return targets.length;
    }

    /** Out-degree of {@code node}. */
    public int degree(int node) {
        return start(node + 1) - start(node);
    }

    /** The {@code i}-th out-neighbour of {@code node}. */
    public int neighbour(int node, int i) {
        return targets[start(node) + i];
    }

    /**
     * A multicast of {@code message} to the out-neighbours of {@code node} except
     * {@code excluded} ({@link Multicast#NONE_EXCLUDED} for none), without copying them.
     */
    public Multicast multicast(Message message, int node, int excluded) {
        return new Multicast(message, targets, start(node), start(node + 1), excluded);
    }

    /** A copy of the out-neighbours of {@code node}. */
    public int[] neighbours(int node) {
        return Arrays.copyOfRange(targets, start(node), start(node + 1));
    }

    /**
     * A graph of {@code nodes} nodes with a link {@code from[i] -> to[i]} for every {@code i}:
     * each node's out-neighbours in the order of the lists, a repeated link kept once.
     *
     * @throws IllegalArgumentException if the lists differ in length, name a node outside
     *     {@code [0, nodes)} or link a node to itself
     */
    public static StaticGraph ofEdges(int nodes, int[] from, int[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("from and to differ in length: " + from.length + " and " + to.length);
        }
        int[] offsets = new int[nodes + 1];
        for (int i = 0; i < from.length; i++) {
            if (from[i] < 0 || from[i] >= nodes || to[i] < 0 || to[i] >= nodes || from[i] == to[i]) {
                throw new IllegalArgumentException("link " + from[i] + " -> " + to[i] + " is not a link between two of "
                        + nodes + " nodes");
            }
            offsets[from[i] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] fill = Arrays.copyOf(offsets, nodes);
        int[] targets = new int[from.length];
        for (int i = 0; i < from.length; i++) {
            targets[fill[from[i]]++] = to[i];
        }
        return new StaticGraph(offsets, targets).withoutRepeats();
    }

    /**
     * This graph with every link usable both ways (PeerSim's {@code undir}): a node's
     * neighbours are its out-neighbours, in order, then the nodes that link to it and are not
     * among them, by id. A link present both ways is kept once in each direction.
     */
    public StaticGraph undirected() {
        int n = nodes();
        // The reverse graph: sources of the links into each node, in increasing id order.
        int[] inOffsets = new int[n + 1];
        for (int t : targets) {
            inOffsets[t + 1]++;
        }
        for (int v = 0; v < n; v++) {
            inOffsets[v + 1] += inOffsets[v];
        }
        int[] fill = Arrays.copyOf(inOffsets, n);
        int[] sources = new int[targets.length];
        for (int v = 0; v < n; v++) {
            for (int i = start(v); i < start(v + 1); i++) {
                sources[fill[targets[i]]++] = v;
            }
        }
        // Each node's out-neighbours are marked with its id + 1, so a stamp array needs no clearing.
        int[] mark = new int[n];
        int[] newOffsets = new int[n + 1];
        int[] newTargets = new int[Math.multiplyExact(2, targets.length)];
        int k = 0;
        for (int v = 0; v < n; v++) {
            newOffsets[v] = k;
            for (int i = start(v); i < start(v + 1); i++) {
                if (mark[targets[i]] != v + 1) {
                    mark[targets[i]] = v + 1;
                    newTargets[k++] = targets[i];
                }
            }
            for (int i = inOffsets[v]; i < inOffsets[v + 1]; i++) {
                if (mark[sources[i]] != v + 1) {
                    mark[sources[i]] = v + 1;
                    newTargets[k++] = sources[i];
                }
            }
        }
        newOffsets[n] = k;
        return new StaticGraph(newOffsets, Arrays.copyOf(newTargets, k));
    }

    /** This graph with each node's repeated out-links kept once (the first). */
    private StaticGraph withoutRepeats() {
        int n = nodes();
        int[] mark = new int[n];
        int[] newOffsets = new int[n + 1];
        int k = 0;
        for (int v = 0; v < n; v++) {
            int start = start(v);
            int end = start(v + 1);
            newOffsets[v] = k;
            for (int i = start; i < end; i++) {
                if (mark[targets[i]] != v + 1) {
                    mark[targets[i]] = v + 1;
                    targets[k++] = targets[i];
                }
            }
        }
        newOffsets[n] = k;
        return k == targets.length ? this : new StaticGraph(newOffsets, Arrays.copyOf(targets, k));
    }

}
