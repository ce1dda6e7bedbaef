package io.gossamer.protocols.neighbours;

import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Multicast;
import java.util.Arrays;

/**
 * Each node's connection pool, as built by joining through a bootstrap server: the node adds
 * the peers it connected to and the peers that connected to it. Kept per node id in growable
 * int arrays; a node that restarts starts with an empty pool ({@link #clear}).
 */
public final class ConnectionPools implements Neighbours {
    private static final int[] EMPTY = new int[0];
    private int[][] pools = new int[0][];
    private int[] sizes = new int[0];

    @Override
    public int count(int node) {
        return node < sizes.length ? sizes[node] : 0;
    }

    @Override
    public int get(int node, int i) {
        return pools[node][i];
    }

    @Override
    public Multicast multicast(Message message, int node, int excluded) {
        return new Multicast(message, node < pools.length && pools[node] != null ? pools[node] : EMPTY, 0, count(node), excluded);
    }

    /** Adds {@code peer} to {@code node}'s pool unless it is there already or is the node itself. */
    public void connect(int node, int peer) {
        if (peer == node) {
            return;
        }
        ensure(node);
        int[] pool = pools[node];
        for (int i = 0; i < sizes[node]; i++) {
            if (pool[i] == peer) {
                return;
            }
        }
        if (sizes[node] == pool.length) {
            pool = Arrays.copyOf(pool, Math.max(4, pool.length * 2));
            pools[node] = pool;
        }
        pool[sizes[node]++] = peer;
    }

    /** Removes {@code peer} from {@code node}'s pool, if there. */
    public void disconnect(int node, int peer) {
        if (node >= sizes.length) {
            return;
        }
        int[] pool = pools[node];
        for (int i = 0; i < sizes[node]; i++) {
            if (pool[i] == peer) {
                // Keep the order (it is the order of connection) so runs stay easy to follow.
                System.arraycopy(pool, i + 1, pool, i, sizes[node] - i - 1);
                sizes[node]--;
                return;
            }
        }
    }

    /** Empties {@code node}'s pool (when it starts again). */
    public void clear(int node) {
        if (node < sizes.length) {
            sizes[node] = 0;
        }
    }

    private void ensure(int node) {
        if (node >= pools.length) {
            int n = Math.max(node + 1, pools.length * 2);
            pools = Arrays.copyOf(pools, n);
            sizes = Arrays.copyOf(sizes, n);
        }
        if (pools[node] == null) {
            pools[node] = new int[4];
        }
    }
}
