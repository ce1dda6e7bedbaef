package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.overlay.OverlayMetrics;
import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.MetricProbe;
import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.Time;
import io.gossamer.sim.net.DropReason;
import io.gossamer.sim.net.NodeTraffic;
import io.gossamer.sim.net.SimNetwork;
import io.gossamer.sim.node.NodeHost;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The metrics a scenario can collect ({@code metrics}). */
public final class Metrics {
    private Metrics() {
    }

    /** Live nodes over time. */
    public static final class Nodes extends BaseMetric {
        /** Registered with ServiceLoader. */
        public Nodes() {
            super("nodes", "live nodes over time",
                    Param.optional("every", Kind.DURATION, "1s", "sampling period (simulated time)"));
        }

        @Override
        public MetricProbe create(Params p, RunSetup setup) {
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

        @Override
        public boolean mergesParts() {
            return true;
        }

        /** Every part runs every node (its own and the others' shadows), so every part counts the same: the first's. */
        @Override
        public MetricResult mergeParts(List<MetricResult> parts) {
            return parts.get(0);
        }
    }

    /** Network traffic. */
    public static final class Traffic extends BaseMetric {
        /** Registered with ServiceLoader. */
        public Traffic() {
            super("traffic", "network messages sent, delivered, dropped (by reason) and still in flight at the end, copies resent"
                    + " over connections, per node and over time",
                    Param.optional("every", Kind.DURATION, "1s", "sampling period (simulated time)"));
        }

        @Override
        public MetricProbe create(Params p, RunSetup setup) {
            SimNetwork net = setup.host().network();
            long[] last = new long[3];
            Sampler sampler = new Sampler(setup, positive(p, "every"), () -> {
                long sent = net.totalSent();
                long delivered = net.totalDelivered();
                long dropped = 0;
                for (DropReason r : DropReason.values()) {
                    dropped += net.drops(r);
                }
                double[] row = {sent - last[0], delivered - last[1], dropped - last[2]};
                last[0] = sent;
                last[1] = delivered;
                last[2] = dropped;
                return row;
            });
            return () -> {
                MetricResult.Series series = sampler.finish(List.of("sent", "delivered", "dropped"));
                Map<String, Double> summary = new LinkedHashMap<>();
                summary.put("sent", (double) net.totalSent());
                summary.put("delivered", (double) net.totalDelivered());
                for (DropReason r : DropReason.values()) {
                    summary.put("dropped_" + r.name().toLowerCase(Locale.ROOT), (double) net.drops(r));
                }
                summary.put("retransmissions", (double) net.retransmissions());
                // sent = delivered + the drops + in_flight: copies still on the wire when the run stopped.
                summary.put("in_flight", (double) net.inFlight());
                summary.put("refused_handshakes", (double) net.refusedHandshakes());
                long bytes = 0;
                long maxSent = 0;
                int nodes = 0;
                for (int id = 0; id < setup.nodeCapacity(); id++) {
                    if (setup.classOf(id) == null) {
                        continue;
                    }
                    NodeTraffic t = net.traffic(id);
                    bytes += t.sentBytes();
                    maxSent = Math.max(maxSent, t.sentMessages());
                    nodes++;
                }
                summary.put("sent_bytes", (double) bytes);
                summary.put("load_mean", nodes == 0 ? 0 : (double) net.totalSent() / nodes);
                summary.put("load_max", (double) maxSent);
                return new MetricResult(summary, Map.of("traffic", series), Map.of());
            };
        }

        @Override
        public boolean mergesParts() {
            return true;
        }

        /**
         * Each copy is counted once, by the part that hosts its sender (sent) or its receiver
         * (delivered, dropped at arrival; a copy for a node known dead is dropped by the sender's
         * part), so the figures add up; {@code load_mean} too, since every part divides by all
         * nodes; {@code load_max} is the largest part's.
         */
        @Override
        public MetricResult mergeParts(List<MetricResult> parts) {
            return PartMerges.sums(parts, java.util.Set.of("load_max"));
        }
    }

    /** Structure of the overlay among the live nodes at the end. */
    public static final class Overlay extends BaseMetric {
        /** Registered with ServiceLoader. */
        public Overlay() {
            super("overlay", "structure of the overlay among the live nodes at the end: degrees, in-degree distribution,"
                            + " clustering, path length, largest component",
                    Param.optional("exact-up-to", Kind.INTEGER, "2000", "live nodes up to which the average path length is"
                            + " exact (BFS from every live node); above, BFS from sampled sources"),
                    Param.optional("sources", Kind.INTEGER, "100", "BFS sources sampled for the path length above exact-up-to"));
        }

        @Override
        public MetricProbe create(Params p, RunSetup setup) {
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
                List<List<String>> rows = new ArrayList<>();
                OverlayMetrics.inDegreeHistogram(g).forEach((d, c) -> rows.add(List.of(Integer.toString(d), Integer.toString(c))));
                return new MetricResult(summary, Map.of(), Map.of("overlay-in-degree",
                        new MetricResult.Table(List.of("in_degree", "nodes"), rows)));
            };
        }

        @Override
        public boolean mergesParts() {
            return true;
        }

        /** The overlay and which nodes are alive are the same in every part: the first part's figures. */
        @Override
        public MetricResult mergeParts(List<MetricResult> parts) {
            return parts.get(0);
        }
    }

    static long positive(Params p, String key) {
        long v = p.duration(key);
        if (v <= 0) {
            throw p.error(key, "must be a positive duration");
        }
        return v;
    }

    static double ms(long nanos) {
        return nanos / (double) Time.MILLISECOND;
    }
}
