package io.gossamer.protocols.neighbours;

import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Multicast;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;

/**
 * Every other live node: the complete graph of the epidemic models (push gossip to a uniform
 * random node). Sampling is O(f) expected and {@link #get} O(1) while membership is stable;
 * a multicast to all neighbours is O(N), for small runs.
 */
public final class AllNodes implements Neighbours {
    private final NodeHost host;

    /** All live nodes of {@code host}. */
    public AllNodes(NodeHost host) {
        this.host = host;
    }

    @Override
    public int count(int node) {
        return Math.max(0, host.liveCount() - (host.isAlive(node) ? 1 : 0));
    }

    @Override
    public int get(int node, int i) {
        int v = host.liveNodeAt(i);
        return v >= node && host.isAlive(node) ? host.liveNodeAt(i + 1) : v;
    }

    @Override
    public Multicast multicast(Message message, int node, int excluded) {
        int[] live = host.liveNodes();
        int[] others = new int[live.length];
        int k = 0;
        for (int v : live) {
            if (v != node) {
                others[k++] = v;
            }
        }
        return new Multicast(message, others, 0, k, excluded);
    }

    @Override
    public int sample(int node, int f, int excluded, RandomStream random, int[] out) {
        int available = count(node) - (excluded >= 0 && excluded != node && host.isAlive(excluded) ? 1 : 0);
        int needed = Math.min(f, available);
        int k = 0;
        while (k < needed) {
            int v = host.randomLiveNode(random);
            if (v == node || v == excluded || contains(out, k, v)) {
                continue;
            }
            out[k++] = v;
        }
        return k;
    }

    private static boolean contains(int[] a, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }
}
