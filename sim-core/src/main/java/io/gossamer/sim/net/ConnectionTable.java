package io.gossamer.sim.net;

import java.util.Arrays;

/**
 * The connections of every node, kept with both ends: per node, the ids of the other ends in
 * one {@code int[]} and the connections in a parallel array, in the order they were made.
 *
 * <p>A node has tens to a few hundred connections, so finding the one between two nodes scans
 * the shorter of their two id arrays: a few sequential cache lines, where a run-wide hash map
 * keyed by the pair costs two or three cache misses per lookup and about 30 bytes per
 * connection more. A pair may briefly have two entries: a handshake that is failing (it
 * still reports at its connect timeout) and the new attempt that superseded it. Only the
 * latest is <em>current</em> ({@link Connection#current}); lookups see only current ones.
 */
final class ConnectionTable {
    private static final int[] NO_IDS = new int[0];
    private static final Connection[] NO_CONNECTIONS = new Connection[0];

    private int[][] peers;
    private Connection[][] links;
    private int[] counts;

    ConnectionTable(int capacity) {
        peers = new int[capacity][];
        links = new Connection[capacity][];
        counts = new int[capacity];
    }

    /** Grows the table to {@code n} nodes. */
    void resize(int n) {
        if (n > counts.length) {
            peers = Arrays.copyOf(peers, n);
            links = Arrays.copyOf(links, n);
            counts = Arrays.copyOf(counts, n);
        }
    }

    /** The current connection between {@code a} and {@code b}, or null. */
    Connection get(int a, int b) {
        int from = counts[a] <= counts[b] ? a : b;
        int other = from == a ? b : a;
        int[] ids = peers[from];
        for (int i = 0, n = counts[from]; i < n; i++) {
            if (ids[i] == other) {
                Connection c = links[from][i];
                if (c.current) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Adds {@code c} to both ends; it becomes the pair's current connection. */
    void add(Connection c) {
        Connection previous = get(c.opener, c.acceptor);
        if (previous != null) {
            previous.current = false;
        }
        c.current = true;
        append(c.opener, c.acceptor, c);
        append(c.acceptor, c.opener, c);
    }

    /** Lookups stop finding {@code c}; it stays listed with both ends until {@link #remove}. */
    void supersede(Connection c) {
        c.current = false;
    }

    /** Forgets {@code c} at both ends. */
    void remove(Connection c) {
        c.current = false;
        unlink(c.opener, c);
        unlink(c.acceptor, c);
    }

    /** How many connections node {@code node} is listed with (current or superseded). */
    int count(int node) {
        return node < counts.length ? counts[node] : 0;
    }

    /** The {@code i}-th connection of {@code node}, in the order they were made. */
    Connection at(int node, int i) {
        return links[node][i];
    }

    /** A copy of {@code node}'s connections, for walking them while they change. */
    Connection[] snapshot(int node) {
        int n = count(node);
        return n == 0 ? NO_CONNECTIONS : Arrays.copyOf(links[node], n);
    }

    private void append(int node, int other, Connection c) {
        int n = counts[node];
        int[] ids = peers[node];
        if (ids == null || n == ids.length) {
            int grown = ids == null ? 4 : n + (n >> 1) + 1;
            ids = Arrays.copyOf(ids == null ? NO_IDS : ids, grown);
            peers[node] = ids;
            links[node] = Arrays.copyOf(links[node] == null ? NO_CONNECTIONS : links[node], grown);
        }
        ids[n] = other;
        links[node][n] = c;
        counts[node] = n + 1;
    }

    private void unlink(int node, Connection c) {
        Connection[] list = links[node];
        int n = counts[node];
        for (int i = 0; i < n; i++) {
            if (list[i] == c) {
                // Shift, not swap: the order connections were made in stays the order they are
                // walked in (failure reports go out in it).
                System.arraycopy(list, i + 1, list, i, n - i - 1);
                System.arraycopy(peers[node], i + 1, peers[node], i, n - i - 1);
                list[n - 1] = null;
                counts[node] = n - 1;
                return;
            }
        }
    }
}
