package io.gossamer.kompics.reference;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run's figures, the same under both simulators: messages sent, observations (first
 * receipts for the flood, pongs for ping-pong), and the mean and maximum delay in ms (from
 * the broadcast's start at its source for the flood; the round trip for ping-pong).
 */
public record Figures(String protocol, long sent, int observations, double meanMs, long maxMs, double cpuSeconds) {

    /** Figures of {@code {node, id, time}} receipts or {@code {node, round, rtt}} pongs. */
    public static Figures of(String protocol, long sent, List<long[]> observed, double cpuSeconds) {
        double sum = 0;
        long max = 0;
        if (protocol.equals("flood")) {
            Map<Long, Long> starts = new HashMap<>();
            for (long[] o : observed) {
                if (o[0] == 0) {
                    starts.put(o[1], o[2]);
                }
            }
            for (long[] o : observed) {
                long delay = o[2] - starts.get(o[1]);
                sum += delay;
                max = Math.max(max, delay);
            }
        } else {
            for (long[] o : observed) {
                sum += o[2];
                max = Math.max(max, o[2]);
            }
        }
        return new Figures(protocol, sent, observed.size(), observed.isEmpty() ? 0 : sum / observed.size(), max, cpuSeconds);
    }

    /** One line: {@code figures PROTOCOL SENT OBSERVATIONS MEAN MAX CPU}. */
    public String line() {
        return String.format(Locale.ROOT, "figures %s %d %d %.6f %d %.3f", protocol, sent, observations, meanMs, maxMs, cpuSeconds);
    }

    /** Parses {@link #line()}. */
    public static Figures parse(String line) {
        String[] f = line.trim().split(" ");
        if (f.length != 7 || !f[0].equals("figures")) {
            throw new IllegalArgumentException("not a figures line: " + line);
        }
        return new Figures(f[1], Long.parseLong(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4]),
                Long.parseLong(f[5]), Double.parseDouble(f[6]));
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
