package io.gossamer.protocols.pss;

import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.node.NodeHost;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Measures of a peer sampling overlay taken from outside the services: the graph of the live
 * nodes' views (its structure is measured by {@link io.gossamer.protocols.overlay.OverlayMetrics}),
 * and how evenly the services' samples cover the nodes.
 */
public final class ViewGraphs {
    private ViewGraphs() {
    }

    /**
     * The view graph among live nodes, renumbered 0..live-1 in id order: an edge per
     * descriptor of a live node that names another live node (dead descriptors are left out).
     *
     * @param views each node's view as it is now
     * @param host the run's nodes
     * @param capacity node ids the run may use
     */
    public static StaticGraph liveViewGraph(IntFunction<PeerSamplingView> views, NodeHost host, int capacity) {
        int[] live = host.liveNodes();
        int[] index = new int[Math.max(capacity, live.length == 0 ? 0 : live[live.length - 1] + 1)];
        Arrays.fill(index, -1);
        for (int i = 0; i < live.length; i++) {
            index[live[i]] = i;
        }
        int[] offsets = new int[live.length + 1];
        IntArrayList targets = new IntArrayList();
        for (int i = 0; i < live.length; i++) {
            PeerSamplingView view = views.apply(live[i]);
            for (int e = 0, k = view.viewSize(); e < k; e++) {
                int t = view.viewPeerId(e);
                if (t < index.length && index[t] >= 0) {
                    targets.add(index[t]);
                }
            }
            offsets[i + 1] = targets.size();
        }
        return new StaticGraph(offsets, targets.toIntArray());
    }

    /**
     * Pearson's chi-square statistic of how often each node alive now (and counted at the
     * start: {@code start[id] >= 0}) appeared in samples between two tallies, against a uniform
     * expectation, divided by its degrees of freedom: about 1 for independent uniform draws,
     * larger when some nodes are favoured.
     */
    public static double chiSquarePerDof(long[] start, long[] end, NodeHost host) {
        long total = 0;
        int count = 0;
        for (int id = 0; id < end.length; id++) {
            if (counted(start, id, host)) {
                total += end[id] - start[id];
                count++;
            }
        }
        if (count < 2 || total == 0) {
            return 0;
        }
        double expected = total / (double) count;
        double chi = 0;
        for (int id = 0; id < end.length; id++) {
            if (counted(start, id, host)) {
                double c = end[id] - start[id];
                chi += (c - expected) * (c - expected) / expected;
            }
        }
        return chi / (count - 1);
    }

    private static boolean counted(long[] start, int id, NodeHost host) {
        return host.isAlive(id) && id < start.length && start[id] >= 0;
    }
}
