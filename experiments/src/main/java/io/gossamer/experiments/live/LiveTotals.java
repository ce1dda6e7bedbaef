package io.gossamer.experiments.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gossamer.experiments.results.ResultFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code live} metric's figures are computed from: totals that add up over the parts
 * of a split run, and percentiles and maxima, which do not (the merged run takes the largest
 * part's: an upper bound of the whole run's).
 *
 * @param datagramsSent datagrams written
 * @param bytesSent bytes written, datagrams and TCP frames
 * @param busyNs the loop's busy wall time
 * @param loopCpuNs the loop thread's CPU time
 * @param delivered messages delivered
 * @param arrivals message arrivals handled
 * @param arrivalNs their wall time on the loop
 * @param sendNs loop time encoding and writing
 * @param flushNs loop time flushing
 * @param receiveNs I/O thread time decoding
 * @param copiesReceived copies read: datagrams and TCP frames
 * @param transitNs sum of the transits
 * @param framesSent stream frames sent
 * @param connectionsOpened TCP connections opened
 * @param lateEvents timed events the loop waited for
 * @param lateSumNs their summed lateness
 * @param lateMaxNs the largest lateness
 * @param lateP50Ns median lateness
 * @param lateP99Ns 99th percentile lateness
 * @param transitP10Ns 10th percentile transit
 * @param transitP50Ns median transit
 */
public record LiveTotals(long datagramsSent, long bytesSent, long busyNs, long loopCpuNs, long delivered, long arrivals,
        long arrivalNs, long sendNs, long flushNs, long receiveNs, long copiesReceived, long transitNs, long framesSent,
        long connectionsOpened, long lateEvents, double lateSumNs, long lateMaxNs, long lateP50Ns, long lateP99Ns,
        long transitP10Ns, long transitP50Ns) {

    /** The figures of the {@code live} metric ({@link LiveRun#FIGURES}, in that order). */
    public Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("datagrams_sent", (double) datagramsSent);
        f.put("encoded_bytes_sent", (double) bytesSent);
        f.put("loop_busy_s", busyNs / 1e9);
        f.put("loop_cpu_s", loopCpuNs / 1e9);
        f.put("loop_busy_per_delivery_us", per(busyNs / 1e3, delivered));
        f.put("loop_cpu_per_delivery_us", per(loopCpuNs / 1e3, delivered));
        f.put("handle_per_arrival_us", per(arrivalNs / 1e3, arrivals));
        f.put("send_per_datagram_us", per((sendNs + flushNs) / 1e3, datagramsSent + framesSent));
        f.put("io_receive_per_datagram_us", per(receiveNs / 1e3, copiesReceived));
        f.put("transit_mean_us", per(transitNs / 1e3, copiesReceived));
        f.put("transit_p10_us", transitP10Ns / 1e3);
        f.put("transit_p50_us", transitP50Ns / 1e3);
        f.put("stream_frames_sent", (double) framesSent);
        f.put("stream_connections_opened", (double) connectionsOpened);
        f.put("timer_late_mean_us", lateEvents == 0 ? 0 : lateSumNs / lateEvents / 1e3);
        f.put("timer_late_p50_us", lateP50Ns / 1e3);
        f.put("timer_late_p99_us", lateP99Ns / 1e3);
        f.put("timer_late_max_us", lateMaxNs / 1e3);
        return f;
    }

    private static Double per(double total, long count) {
        return count == 0 ? null : total / count;
    }

    /** Totals summed over parts; percentiles and maxima the largest part's. */
    public static LiveTotals merge(List<LiveTotals> parts) {
        long[] sums = new long[15];
        double lateSum = 0;
        long[] maxima = new long[5];
        for (LiveTotals t : parts) {
            long[] s = {t.datagramsSent, t.bytesSent, t.busyNs, t.loopCpuNs, t.delivered, t.arrivals, t.arrivalNs, t.sendNs,
                t.flushNs, t.receiveNs, t.copiesReceived, t.transitNs, t.framesSent, t.connectionsOpened, t.lateEvents};
            for (int i = 0; i < s.length; i++) {
                sums[i] += s[i];
            }
            lateSum += t.lateSumNs;
            long[] m = {t.lateMaxNs, t.lateP50Ns, t.lateP99Ns, t.transitP10Ns, t.transitP50Ns};
            for (int i = 0; i < m.length; i++) {
                maxima[i] = Math.max(maxima[i], m[i]);
            }
        }
        return new LiveTotals(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8], sums[9], sums[10],
                sums[11], sums[12], sums[13], sums[14], lateSum, maxima[0], maxima[1], maxima[2], maxima[3], maxima[4]);
    }

    /** As JSON (part.json). */
    public ObjectNode toJson() {
        ObjectNode o = ResultFiles.object();
        for (var c : LiveTotals.class.getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(this);
                if (v instanceof Double d) {
                    o.put(c.getName(), d);
                } else {
                    o.put(c.getName(), (Long) v);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return o;
    }

    /** Back from {@link #toJson}. */
    public static LiveTotals fromJson(JsonNode o) {
        var components = LiveTotals.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            JsonNode v = o.get(components[i].getName());
            if (v == null) {
                throw new IllegalArgumentException("part.json's live totals lack '" + components[i].getName() + "'");
            }
            values[i] = types[i] == double.class ? (Object) v.asDouble() : (Object) v.asLong();
        }
        try {
            return LiveTotals.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
