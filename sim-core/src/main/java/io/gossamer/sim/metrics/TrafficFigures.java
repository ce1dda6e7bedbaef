package io.gossamer.sim.metrics;

import io.gossamer.sim.net.DropReason;
import io.gossamer.sim.net.NodeTraffic;
import io.gossamer.sim.net.SimNetwork;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A simulated network's traffic as a metric reports it, read from its counters: the copies
 * sent, delivered and dropped between samples, and at the end the totals (drops by reason,
 * retransmissions, copies still in flight, refused handshakes) and the load per node.
 */
public final class TrafficFigures {
    private final SimNetwork net;
    private long sent;
    private long delivered;
    private long dropped;

    /** Figures of {@code net}, counted from its start. */
    public TrafficFigures(SimNetwork net) {
        this.net = net;
    }

    /** Copies sent, delivered and dropped since the previous call (since the start for the first). */
    public double[] sinceLast() {
        long s = net.totalSent();
        long d = net.totalDelivered();
        long x = 0;
        for (DropReason r : DropReason.values()) {
            x += net.drops(r);
        }
        double[] row = {s - sent, d - delivered, x - dropped};
        sent = s;
        delivered = d;
        dropped = x;
        return row;
    }

    /**
     * The totals, in a fixed order; bytes sent and the load (messages sent per node: mean and
     * largest) count the node ids below {@code capacity} that {@code counted} accepts.
     */
    public Map<String, Double> totals(int capacity, IntPredicate counted) {
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
        for (int id = 0; id < capacity; id++) {
            if (!counted.test(id)) {
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
        return summary;
    }
}
