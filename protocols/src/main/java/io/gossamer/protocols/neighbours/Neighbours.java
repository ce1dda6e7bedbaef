package io.gossamer.protocols.neighbours;

import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Multicast;
import io.gossamer.sim.random.RandomStream;

/**
 * Where a dissemination protocol finds the peers it may send to: a static overlay, every live
 * node (a complete graph), or the connection pools a bootstrap server filled. One object
 * serves all nodes of a run and keeps their lists in primitive arrays, so a node costs no
 * object of its own.
 */
public interface Neighbours {
    /** How many neighbours {@code node} has now. */
    int count(int node);

    /** The {@code i}-th neighbour of {@code node}, for {@code 0 <= i < count(node)}. */
    int get(int node, int i);

    /**
     * {@code message} to every neighbour of {@code node} except {@code excluded}
     * ({@link Multicast#NONE_EXCLUDED} for none).
     */
    Multicast multicast(Message message, int node, int excluded);

    /**
     * Draws up to {@code f} distinct neighbours of {@code node} uniformly without replacement,
     * never {@code excluded}, into {@code out}.
     *
     * @return how many were drawn: {@code min(f, neighbours other than excluded)}
     */
    default int sample(int node, int f, int excluded, RandomStream random, int[] out) {
        int n = count(node);
        int k = 0;
        // Selection sampling (Knuth's algorithm S): one pass, order kept, no allocation.
        int candidates = n;
        for (int i = 0; i < n; i++) {
            if (get(node, i) == excluded) {
                candidates--;
            }
        }
        int needed = Math.min(f, candidates);
        int seen = 0;
        for (int i = 0; i < n && k < needed; i++) {
            int v = get(node, i);
            if (v == excluded) {
                continue;
            }
            if (random.nextInt(candidates - seen) < needed - k) {
                out[k++] = v;
            }
            seen++;
        }
        return k;
    }

    /**
     * True if the node holds an open connection to each of its neighbours (a bootstrap
     * connection pool), so that protocols with {@code transport: auto} send over them.
     */
    default boolean connected() {
        return false;
    }
}
