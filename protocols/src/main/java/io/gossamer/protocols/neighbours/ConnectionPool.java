package io.gossamer.protocols.neighbours;

import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Multicast;
import java.util.Arrays;

/**
 * One node's connection pool, as built by joining through a bootstrap server: the node adds
 * the peers it connected to and the peers that connected to it, in that order. The node's
 * {@link io.gossamer.protocols.bootstrap.PoolMember} fills it and the node's dissemination
 * protocol reads it; nothing outside the node sees it. A node that restarts starts with an
 * empty pool ({@link #clear}). The {@code node} argument of the {@link Neighbours} methods is
 * the owner's id and is not needed.
 */
public final class ConnectionPool implements Neighbours {
    private int[] pool = new int[4];
    private int size;

    @Override
    public int count(int node) {
        return size;
    }

    @Override
    public int get(int node, int i) {
        return pool[i];
    }

    /** Every peer in the pool is a connection the node holds. */
    @Override
    public boolean connected() {
        return true;
    }

    @Override
    public Multicast multicast(Message message, int node, int excluded) {
        return new Multicast(message, pool, 0, size, excluded);
    }

    /** Adds {@code peer} unless it is there already or is {@code self}. */
    public void connect(int self, int peer) {
        if (peer == self) {
            return;
        }
        for (int i = 0; i < size; i++) {
            if (pool[i] == peer) {
                return;
            }
        }
        if (size == pool.length) {
            pool = Arrays.copyOf(pool, pool.length * 2);
        }
        pool[size++] = peer;
    }

    /** Removes {@code peer}, if there. */
    public void disconnect(int peer) {
        for (int i = 0; i < size; i++) {
            if (pool[i] == peer) {
                // Keep the order (it is the order of connection) so runs stay easy to follow.
                System.arraycopy(pool, i + 1, pool, i, size - i - 1);
                size--;
                return;
            }
        }
    }

    /** Empties the pool (when the node starts again). */
    public void clear() {
        size = 0;
    }
}
