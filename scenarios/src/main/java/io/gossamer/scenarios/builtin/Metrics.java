package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.overlay.OverlayMetrics;
import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.MetricProbe;
import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.ProviderSet;
import io.gossamer.scenarios.spi.Providers;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.metrics.TrafficFigures;
import io.gossamer.sim.node.NodeHost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The metrics a scenario can collect ({@code metrics}). */
public final class Metrics implements ProviderSet {
    private static final Param EVERY = Param.optional("every", Kind.DURATION, "1s", "sampling period (simulated time)");

    @Override
    public List<Provider> providers() {
        return List.of(
                // Every part of a split run runs every node (its own and the others' shadows): the first part's count is
                // every part's.
                Providers.metric("nodes", "live nodes over time", Metrics::nodes, parts -> parts.get(0), EVERY),
                // Each copy is counted once, by the part that hosts its sender (sent) or its receiver (delivered,
                // dropped at arrival; a copy for a node known dead is dropped by the sender's part), so the figures add
                // up; load_mean too, since every part divides by all nodes; load_max is the largest part's.
                Providers.metric("traffic", "network messages sent, delivered, dropped (by reason) and still in flight at the"
                        + " end, copies resent over connections, per node and over time", Metrics::traffic,
                        parts -> PartMerges.sums(parts, Set.of("load_max")), EVERY),
                // The overlay and which nodes are alive are the same in every part: the first part's figures.
                Providers.metric("overlay", "structure of the overlay among the live nodes at the end: degrees, in-degree"
                        + " distribution, clustering, path length, largest component", Metrics::overlay, parts -> parts.get(0),
                        Param.optional("exact-up-to", Kind.INTEGER, "2000", "live nodes up to which the average path length is"
                                + " exact (BFS from every live node); above, BFS from sampled sources"),
                        Param.optional("sources", Kind.INTEGER, "100", "BFS sources sampled for the path length above exact-up-to")),
                Dissemination.provider(),
                PssMetric.provider());
    }

    private static MetricProbe nodes(Params p, RunSetup setup) {
        NodeHost host = setup.host();
        Sampler sampler = new Sampler(setup, positive(p, "every"), () -> new double[] {host.liveCount()});
        return () -> {
            MetricResult.Series series = sampler.finish(List.of("live"));
            double min = Double.MAX_VALUE;
            double max = 0;
            double sum = 0;
            for (double[] r : series.rows()) {
                min = Math.min(min, r[1]);
                max = Math.max(max, r[1]);
                sum += r[1];
            }
            Map<String, Double> summary = new LinkedHashMap<>();
            summary.put("live_final", (double) host.liveCount());
            summary.put("live_min", min);
            summary.put("live_max", max);
            summary.put("live_mean", sum / series.rows().size());
            return new MetricResult(summary, Map.of("nodes", series), Map.of());
        };
    }

    private static MetricProbe traffic(Params p, RunSetup setup) {
        TrafficFigures traffic = new TrafficFigures(setup.host().network());
        Sampler sampler = new Sampler(setup, positive(p, "every"), traffic::sinceLast);
        return () -> new MetricResult(traffic.totals(setup.nodeCapacity(), id -> setup.classOf(id) != null),
                Map.of("traffic", sampler.finish(List.of("sent", "delivered", "dropped"))), Map.of());
    }

    private static MetricProbe overlay(Params p, RunSetup setup) {
        int exactUpTo = p.intValue("exact-up-to", 0);
        int sources = p.intValue("sources", 1);
        return () -> {
            NodeHost host = setup.host();
            // Failed nodes and ids no node took are left out, with every link to or from them.
            StaticGraph g = OverlayMetrics.induced(setup.overlay(), host::isAlive);
            OverlayMetrics.Structure st = OverlayMetrics.structure(g, exactUpTo, sources,
                    setup.simulation().random().stream("metric.overlay"));
            Map<String, Double> summary = new LinkedHashMap<>();
            summary.put("nodes", (double) g.nodes());
            summary.put("edges", (double) g.edges());
            st.putInto(summary, "largest_component_live");
            return new MetricResult(summary, Map.of(), Map.of("overlay-in-degree", inDegrees(g)));
        };
    }

    /** The in-degree histogram of {@code g} as a table. */
    static MetricResult.Table inDegrees(StaticGraph g) {
        List<List<String>> rows = new ArrayList<>();
        OverlayMetrics.inDegreeHistogram(g).forEach((d, c) -> rows.add(List.of(Integer.toString(d), Integer.toString(c))));
        return new MetricResult.Table(List.of("in_degree", "nodes"), rows);
    }

    static long positive(Params p, String key) {
        long v = p.duration(key);
        if (v <= 0) {
            throw p.error(key, "must be a positive duration");
        }
        return v;
    }
}
