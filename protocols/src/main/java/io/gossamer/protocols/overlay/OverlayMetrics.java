package io.gossamer.protocols.overlay;

import io.gossamer.sim.random.RandomStream;
import java.util.Arrays;

/**
 * Metrics of a directed overlay, with the conventions of the Croupier/Gozar tools so results
 * compare: in-degree counts view out-links; the clustering of a node is the fraction of pairs
 * of its out-neighbours linked in either direction; path lengths come from breadth-first
 * searches over the directed graph, and pairs with no path are left out of the average (and
 * counted apart).
 */
public final class OverlayMetrics {
    private OverlayMetrics() {
    }

    /** In-degree of every node. */
    public static int[] inDegrees(StaticGraph g) {
        int[] in = new int[g.nodes()];
        for (int v = 0; v < g.nodes(); v++) {
            for (int i = 0; i < g.degree(v); i++) {
                in[g.neighbour(v, i)]++;
            }
        }
        return in;
    }

    /**
     * Mean clustering coefficient over nodes with at least two distinct out-neighbours: for
     * each, the share of pairs of its out-neighbours with a link in either direction.
     */
    public static double clustering(StaticGraph g) {
        return Clustering.mean(g);
    }

    /**
     * Path lengths from breadth-first searches.
     *
     * @param average mean hop count over the pairs that are connected
     * @param connectedPairs ordered pairs (source, target), source != target, with a path
     * @param unreachablePairs ordered pairs with no path (left out of the average)
     * @param sources how many BFS sources were used
     */
    public record PathLengths(double average, long connectedPairs, long unreachablePairs, int sources) {
    }

    /**
     * Average path length: exact (a BFS from every node) up to {@code exactUpTo} nodes, else
     * from {@code sampledSources} sources drawn uniformly without replacement.
     */
    public static PathLengths pathLengths(StaticGraph g, int exactUpTo, int sampledSources, RandomStream random) {
        int n = g.nodes();
        int[] sources;
        if (n <= exactUpTo) {
            sources = new int[n];
            for (int i = 0; i < n; i++) {
                sources[i] = i;
            }
        } else {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            int k = Math.min(sampledSources, n);
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(n - i);
                int t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            sources = Arrays.copyOf(all, k);
        }
        // Breadth-first searches from up to 64 sources at once, one bit per source in a word
        // per node (multi-source BFS): one sweep over the graph per level serves the whole
        // batch. Distances, and so the sums below, are exactly those of one BFS per source.
        long[] seen = new long[n];
        long[] frontier = new long[n];
        long[] reached = new long[n];
        long total = 0;
        long connected = 0;
        for (int from = 0; from < sources.length; from += Long.SIZE) {
            int batch = Math.min(Long.SIZE, sources.length - from);
            Arrays.fill(seen, 0L);
            Arrays.fill(frontier, 0L);
            for (int b = 0; b < batch; b++) {
                int s = sources[from + b];
                seen[s] |= 1L << b;
                frontier[s] |= 1L << b;
            }
            boolean active = true;
            for (int level = 1; active; level++) {
                for (int v = 0; v < n; v++) {
                    long f = frontier[v];
                    if (f != 0) {
                        for (int i = 0; i < g.degree(v); i++) {
                            reached[g.neighbour(v, i)] |= f;
                        }
                    }
                }
                active = false;
                for (int w = 0; w < n; w++) {
                    long fresh = reached[w] & ~seen[w];
                    reached[w] = 0;
                    frontier[w] = fresh;
                    if (fresh != 0) {
                        seen[w] |= fresh;
                        int count = Long.bitCount(fresh);
                        total += (long) level * count;
                        connected += count;
                        active = true;
                    }
                }
            }
        }
        long unreachable = (long) sources.length * (n - 1) - connected;
        return new PathLengths(connected == 0 ? 0 : total / (double) connected, connected, unreachable, sources.length);
    }

    /**
     * Structure of a graph: in-degrees, clustering, path lengths and the largest component.
     *
     * @param inDegreeMean mean in-degree
     * @param inDegreeSd standard deviation of the in-degree (over all nodes, not a sample)
     * @param inDegreeMax largest in-degree
     * @param clustering mean clustering coefficient
     * @param pathLength average shortest path between connected pairs
     * @param unreachablePairs share of ordered pairs with no path
     * @param largestComponent share of the nodes in the largest weakly connected component
     */
    public record Structure(double inDegreeMean, double inDegreeSd, double inDegreeMax, double clustering,
            double pathLength, double unreachablePairs, double largestComponent) {
        /**
         * Puts the figures into {@code summary} in the order metrics report them, the largest
         * component's share under {@code componentKey}.
         */
        public void putInto(java.util.Map<String, Double> summary, String componentKey) {
            summary.put("in_degree_mean", inDegreeMean);
            summary.put("in_degree_sd", inDegreeSd);
            summary.put("in_degree_max", inDegreeMax);
            summary.put("clustering", clustering);
            summary.put("path_length", pathLength);
            summary.put("unreachable_pairs", unreachablePairs);
            summary.put(componentKey, largestComponent);
        }
    }

    /**
     * In-degrees, clustering, path length (exact up to {@code exactUpTo} nodes, else from
     * {@code sources} sampled BFS sources drawn with {@code random}) and the largest component.
     */
    public static Structure structure(StaticGraph g, int exactUpTo, int sources, RandomStream random) {
        int[] in = inDegrees(g);
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
        PathLengths paths = pathLengths(g, exactUpTo, sources, random);
        long pairs = paths.connectedPairs() + paths.unreachablePairs();
        return new Structure(mean, n == 0 ? 0 : Math.sqrt(Math.max(0, sq / n - mean * mean)), max,
                clustering(g), paths.average(), pairs == 0 ? 0 : paths.unreachablePairs() / (double) pairs,
                n == 0 ? 0 : largestComponent(g, id -> true) / (double) n);
    }

    /** How many nodes have each in-degree, by in-degree. */
    public static java.util.SortedMap<Integer, Integer> inDegreeHistogram(StaticGraph g) {
        java.util.SortedMap<Integer, Integer> histogram = new java.util.TreeMap<>();
        for (int d : inDegrees(g)) {
            histogram.merge(d, 1, Integer::sum);
        }
        return histogram;
    }

    /**
     * The subgraph among the nodes {@code keep} accepts (e.g. the live ones), renumbered
     * 0..k-1 in id order: links to or from other nodes are left out.
     */
    public static StaticGraph induced(StaticGraph g, java.util.function.IntPredicate keep) {
        int n = g.nodes();
        int[] index = new int[n];
        int k = 0;
        for (int v = 0; v < n; v++) {
            index[v] = keep.test(v) ? k++ : -1;
        }
        int[] offsets = new int[k + 1];
        int edges = 0;
        for (int v = 0; v < n; v++) {
            if (index[v] >= 0) {
                for (int i = 0; i < g.degree(v); i++) {
                    edges += index[g.neighbour(v, i)] >= 0 ? 1 : 0;
                }
                offsets[index[v] + 1] = edges;
            }
        }
        int[] targets = new int[edges];
        int e = 0;
        for (int v = 0; v < n; v++) {
            if (index[v] >= 0) {
                for (int i = 0; i < g.degree(v); i++) {
                    int w = index[g.neighbour(v, i)];
                    if (w >= 0) {
                        targets[e++] = w;
                    }
                }
            }
        }
        return new StaticGraph(offsets, targets);
    }

    /**
     * Size of the largest weakly connected component among the nodes {@code alive} accepts
     * (links to or from other nodes are ignored): the robustness measure after failures.
     */
    public static int largestComponent(StaticGraph g, java.util.function.IntPredicate alive) {
        int n = g.nodes();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int v = 0; v < n; v++) {
            if (!alive.test(v)) {
                continue;
            }
            for (int i = 0; i < g.degree(v); i++) {
                int w = g.neighbour(v, i);
                if (alive.test(w)) {
                    union(parent, v, w);
                }
            }
        }
        int[] size = new int[n];
        int best = 0;
        for (int v = 0; v < n; v++) {
            if (alive.test(v)) {
                best = Math.max(best, ++size[find(parent, v)]);
            }
        }
        return best;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
