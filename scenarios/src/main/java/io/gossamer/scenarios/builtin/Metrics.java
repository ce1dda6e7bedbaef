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
    }

    /** Network traffic. */
    public static final class Traffic extends BaseMetric {
        /** Registered with ServiceLoader. */
        public Traffic() {
            super("traffic", "network messages sent, delivered, dropped (by reason) and still in flight at the end, per node and over time",
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
    }

    /** Structure of the overlay among live nodes at the end. */
    public static final class Overlay extends BaseMetric {
        /** Registered with ServiceLoader. */
        public Overlay() {
            super("overlay", "structure of the overlay at the end: degrees, clustering, path length, largest component of live nodes",
                    Param.optional("sources", Kind.INTEGER, "100", "BFS sources sampled for the path length (exact up to 2,000 nodes)"));
        }

        @Override
        public MetricProbe create(Params p, RunSetup setup) {
            int sources = p.intValue("sources", 1);
            return () -> {
                StaticGraph g = setup.overlay();
                int[] in = OverlayMetrics.inDegrees(g);
                double inMax = 0;
                double inSum = 0;
                for (int d : in) {
                    inMax = Math.max(inMax, d);
                    inSum += d;
                }
                OverlayMetrics.PathLengths paths = OverlayMetrics.pathLengths(g, 2_000, sources,
                        setup.simulation().random().stream("metric.overlay"));
                NodeHost host = setup.host();
                int live = host.liveCount();
                Map<String, Double> summary = new LinkedHashMap<>();
                summary.put("nodes", (double) g.nodes());
                summary.put("edges", (double) g.edges());
                summary.put("in_degree_mean", in.length == 0 ? 0 : inSum / in.length);
                summary.put("in_degree_max", inMax);
                summary.put("clustering", OverlayMetrics.clustering(g));
                summary.put("path_length", paths.average());
                summary.put("largest_component_live", live == 0 ? 0 : OverlayMetrics.largestComponent(g, host::isAlive) / (double) live);
                return new MetricResult(summary, Map.of(), Map.of());
            };
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
