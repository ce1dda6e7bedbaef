package io.gossamer.protocols.pss;

import io.gossamer.protocols.overlay.OverlayMetrics;
import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * Measures of a peer sampling overlay taken from outside the services: the graph of the live
 * nodes' views, its structure, and how evenly the services' samples cover the nodes.
 */
public final class ViewGraphs {
    private ViewGraphs() {
    }

    /**
     * Structure of a view graph among live nodes.
     *
     * @param inDegreeMean mean in-degree
     * @param inDegreeSd standard deviation of the in-degree
     * @param inDegreeMax largest in-degree
     * @param clustering mean clustering coefficient
     * @param pathLength average shortest path between connected pairs
     * @param unreachablePairs share of ordered pairs with no path
     * @param largestComponent share of the live nodes in the largest weakly connected component
     */
    public record Structure(double inDegreeMean, double inDegreeSd, double inDegreeMax, double clustering,
            double pathLength, double unreachablePairs, double largestComponent) {
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
                int t = view.viewEntry(e).address().id();
                if (t < index.length && index[t] >= 0) {
                    targets.add(index[t]);
                }
            }
            offsets[i + 1] = targets.size();
        }
        return new StaticGraph(offsets, targets.toIntArray());
    }

    /**
     * In-degrees, clustering, path length (exact up to {@code exactUpTo} nodes, else from
     * {@code sources} sampled BFS sources drawn with {@code random}) and the largest component.
     */
    public static Structure structure(StaticGraph g, int liveNodes, int exactUpTo, int sources, RandomStream random) {
        int[] in = OverlayMetrics.inDegrees(g);
        double sum = 0;
        double sq = 0;
        double max = 0;
        for (int d : in) {
            sum += d;
            sq += (double) d * d;
            max = Math.max(max, d);
        }
        int n = in.length;
        double mean = n == 0 ? 0 : sum / n;
        OverlayMetrics.PathLengths paths = OverlayMetrics.pathLengths(g, exactUpTo, sources, random);
        long pairs = paths.connectedPairs() + paths.unreachablePairs();
        return new Structure(mean, n == 0 ? 0 : Math.sqrt(Math.max(0, sq / n - mean * mean)), max,
                OverlayMetrics.clustering(g), paths.average(), pairs == 0 ? 0 : paths.unreachablePairs() / (double) pairs,
                liveNodes == 0 ? 0 : OverlayMetrics.largestComponent(g, id -> true) / (double) liveNodes);
    }

    /** How many nodes have each in-degree, by in-degree. */
    public static SortedMap<Integer, Integer> inDegreeHistogram(StaticGraph g) {
        SortedMap<Integer, Integer> histogram = new TreeMap<>();
        for (int d : OverlayMetrics.inDegrees(g)) {
            histogram.merge(d, 1, Integer::sum);
        }
        return histogram;
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
