package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.overlay.OverlayMetrics;
import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.protocols.pss.PeerSamplingProbe;
import io.gossamer.protocols.pss.ViewGraphs;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.MetricProbe;
import io.gossamer.scenarios.spi.MetricProvider;
import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.Providers;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.Time;
import io.gossamer.sim.node.NodeHost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Peer sampling metrics ({@code pss}): freshness, dead descriptors, connection establishment
 * rate and load over time (public and private nodes apart), and at the end the structure of
 * the view graph among live nodes (in-degree, clustering, path length, largest component) and
 * the randomness of the samples handed out.
 */
final class PssMetric {
    private static final List<String> COLUMNS = PeerSamplingProbe.COLUMNS;
    /** A dead-descriptor share above this counts as polluted (for the purge time). */
    static final double DEAD_THRESHOLD = 0.01;

    private PssMetric() {
    }

    static MetricProvider provider() {
        return Providers.metric("pss", "peer sampling: freshness, dead descriptors, new connections and load per node per"
                        + " second (public/private), view-graph structure and sample randomness", PssMetric::create,
                Param.optional("every", Kind.DURATION, "1s", "sampling period of the time series (simulated time)"),
                Param.optional("from", Kind.DURATION, "0s", "start of the steady state: summaries average the samples"
                        + " from this time on, and the randomness test counts the samples handed out after it"),
                Param.optional("exact-up-to", Kind.INTEGER, "10000", "live nodes up to which the average path length is"
                        + " exact (BFS from every node); above, BFS from sampled sources"),
                Param.optional("sources", Kind.INTEGER, "200", "BFS sources sampled for the path length above exact-up-to"));
    }

    private static MetricProbe create(Params p, RunSetup setup) {
        NodeHost host = setup.host();
        PeerSamplingProbe views = new PeerSamplingProbe(host, setup.nodeCapacity());
        long every = Metrics.positive(p, "every");
        double from = p.duration("from") / (double) Time.SECOND;
        int exactUpTo = p.intValue("exact-up-to", 0);
        int sources = p.intValue("sources", 1);
        long[][] tallyAtFrom = new long[1][];
        Sampler sampler = new Sampler(setup, every, () -> {
            double now = setup.simulation().now() / (double) Time.SECOND;
            if (tallyAtFrom[0] == null && now >= from) {
                // Nodes not alive at the start of the window are left out of the randomness test (-1).
                long[] t = views.tallies();
                for (int id = 0; id < t.length; id++) {
                    if (!host.isAlive(id)) {
                        t[id] = -1;
                    }
                }
                tallyAtFrom[0] = t;
            }
            return views.row();
        });
        return () -> {
            MetricResult.Series series = sampler.finish(COLUMNS);
            Map<String, Double> summary = new LinkedHashMap<>();
            List<double[]> steady = new ArrayList<>();
            for (double[] r : series.rows()) {
                if (r[0] >= from && r[0] > 0) {
                    steady.add(r);
                }
            }
            for (int c = 2; c < COLUMNS.size() + 1; c++) {
                summary.put(COLUMNS.get(c - 1), mean(steady, c));
            }
            purge(series.rows(), summary);
            StaticGraph g = ViewGraphs.liveViewGraph(views::of, host, views.capacity());
            // The view graph has exactly the live nodes, so shares of its nodes are shares of the live ones.
            OverlayMetrics.Structure st = OverlayMetrics.structure(g, exactUpTo, sources,
                    setup.simulation().random().stream("metric.pss"));
            st.putInto(summary, "largest_component");
            long[] start = tallyAtFrom[0] == null ? new long[0] : tallyAtFrom[0];
            summary.put("randomness_chi2_dof", ViewGraphs.chiSquarePerDof(start, views.tallies(), host));
            return new MetricResult(summary, Map.of("pss", series), Map.of("in-degree", Metrics.inDegrees(g)));
        };
    }

    private static double mean(List<double[]> rows, int column) {
        double sum = 0;
        for (double[] r : rows) {
            sum += r[column];
        }
        return rows.isEmpty() ? 0 : sum / rows.size();
    }

    /**
     * Dead descriptors: the largest share seen, and how long views stayed polluted (above
     * {@value #DEAD_THRESHOLD}) after it first rose; never purged is reported as purged at the end.
     */
    private static void purge(List<double[]> rows, Map<String, Double> summary) {
        int col = COLUMNS.indexOf("dead_share") + 1;
        double max = 0;
        double rose = -1;
        double purged = -1;
        for (double[] r : rows) {
            max = Math.max(max, r[col]);
            if (rose < 0 && r[col] > DEAD_THRESHOLD) {
                rose = r[0];
            } else if (rose >= 0 && purged < 0 && r[col] <= DEAD_THRESHOLD) {
                purged = r[0];
            }
        }
        double end = rows.isEmpty() ? 0 : rows.get(rows.size() - 1)[0];
        summary.put("dead_share_max", max);
        summary.put("dead_purge_s", rose < 0 ? 0 : (purged < 0 ? end : purged) - rose);
        summary.put("dead_purged", rose < 0 || purged >= 0 ? 1.0 : 0.0);
    }
}
