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
import java.util.List;
import java.util.Map;

/**
 * Peer sampling metrics ({@code pss}): freshness, dead descriptors, connection establishment
 * rate and load over time (public and private nodes apart), and at the end the structure of
 * the view graph among live nodes (in-degree, clustering, path length, largest component) and
 * the randomness of the samples handed out.
 */
final class PssMetric {

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
        // The randomness test counts only the samples handed out from the steady state on.
        PeerSamplingProbe views = new PeerSamplingProbe(host, setup.nodeCapacity(), false);
        long every = Metrics.positive(p, "every");
        double from = p.duration("from") / (double) Time.SECOND;
        int exactUpTo = p.intValue("exact-up-to", 0);
        int sources = p.intValue("sources", 1);
        long[][] tallyAtFrom = new long[1][];
        Sampler sampler = new Sampler(setup, every, () -> {
            double now = setup.simulation().now() / (double) Time.SECOND;
            if (tallyAtFrom[0] == null && now >= from) {
                // Nodes not alive at the start of the window are left out of the randomness test
                // (-1); the others count from zero now.
                views.startCounting();
                tallyAtFrom[0] = views.liveTallies();
            }
            return views.row();
        });
        return () -> {
            MetricResult.Series series = sampler.finish(PeerSamplingProbe.COLUMNS);
            Map<String, Double> summary = PeerSamplingProbe.summary(series.rows(), from);
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
}
