package io.gossamer.protocols.pss;

import java.util.Arrays;

/**
 * The views of all nodes of a run, as node ids and ages in primitive arrays: what the
 * overlay metrics read (view graph, freshness) without asking every component. Each node's
 * service writes its own row after every change.
 */
public final class Views {
    private int[][] ids = new int[0][];
    private int[][] ages = new int[0][];
    private int[] sizes = new int[0];
    /** How often each node id was handed out in a sample. */
    private long[] sampled = new long[0];
    private long roundNanos;

    /** Sets the length of the round in which ages are counted (the services' period, ns). */
    public void setRoundNanos(long nanos) {
        this.roundNanos = nanos;
    }

    /** Length of an age unit in ns (0 if no service said). */
    public long roundNanos() {
        return roundNanos;
    }

    /** Counts the peers of a sample a service handed to its node (for the randomness metric). */
    public void recordSample(Descriptor[] peers, int count) {
        for (int i = 0; i < count; i++) {
            int id = peers[i].address().id();
            if (id >= sampled.length) {
                sampled = Arrays.copyOf(sampled, Math.max(id + 1, sampled.length * 2));
            }
            sampled[id]++;
        }
    }

    /** How often node {@code id} appeared in samples so far. */
    public long timesSampled(int id) {
        return id < sampled.length ? sampled[id] : 0;
    }

    /** Records node {@code node}'s view. */
    public void set(int node, Descriptor[] view, int size) {
        if (node >= sizes.length) {
            int n = Math.max(node + 1, sizes.length * 2);
            ids = Arrays.copyOf(ids, n);
            ages = Arrays.copyOf(ages, n);
            sizes = Arrays.copyOf(sizes, n);
        }
        if (ids[node] == null || ids[node].length < size) {
            ids[node] = new int[Math.max(size, 4)];
            ages[node] = new int[Math.max(size, 4)];
        }
        for (int i = 0; i < size; i++) {
            ids[node][i] = view[i].address().id();
            ages[node][i] = view[i].age();
        }
        sizes[node] = size;
    }

    /** Forgets node {@code node}'s view (it left or failed). */
    public void clear(int node) {
        if (node < sizes.length) {
            sizes[node] = 0;
        }
    }

    /** Size of node {@code node}'s view. */
    public int size(int node) {
        return node < sizes.length ? sizes[node] : 0;
    }

    /** The {@code i}-th entry of node {@code node}'s view. */
    public int id(int node, int i) {
        return ids[node][i];
    }

    /** Age of the {@code i}-th entry of node {@code node}'s view. */
    public int age(int node, int i) {
        return ages[node][i];
    }

    /** Number of node ids with a row. */
    public int capacity() {
        return sizes.length;
    }
}
