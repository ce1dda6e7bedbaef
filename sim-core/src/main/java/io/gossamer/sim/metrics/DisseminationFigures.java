package io.gossamer.sim.metrics;

import io.gossamer.sim.Time;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A run's dissemination figures from its {@link DisseminationLog}, by name: the times to
 * 50 / 90 / 99 / 100 % of the targets (means over messages, also over the targets alive at the
 * end and over the messages that reached each share), pooled delivery-time percentiles,
 * coverage, copies sent, duplicates, redundancy, hops and, for protocols that push in rounds,
 * rounds. Times are in milliseconds; a figure that is undefined (no message, or a mean that
 * some message never reached) is null.
 */
public final class DisseminationFigures {
    private DisseminationFigures() {
    }

    /**
     * The figures of {@code log}, in a fixed order; the round figures only if {@code rounds} are known.
     *
     * @param log the run's log
     * @param stats its messages' figures ({@link DisseminationLog#stats()})
     * @param rounds the run's gossip rounds
     */
    public static Map<String, Double> of(DisseminationLog log, List<MessageStats> stats, GossipRounds rounds) {
        Map<String, Double> s = new LinkedHashMap<>();
        int n = stats.size();
        s.put("messages", (double) n);
        s.put("t50_ms", meanDelay(stats, MessageStats::t50));
        s.put("t90_ms", meanDelay(stats, MessageStats::t90));
        s.put("t99_ms", meanDelay(stats, MessageStats::t99));
        s.put("t100_ms", meanDelay(stats, MessageStats::t100));
        // The same, counting only the targets still alive at the end (nodes that failed after
        // the injection cannot be reached and should not hold the figures back).
        s.put("t50_alive_ms", meanDelay(stats, MessageStats::t50AliveAtEnd));
        s.put("t90_alive_ms", meanDelay(stats, MessageStats::t90AliveAtEnd));
        s.put("t99_alive_ms", meanDelay(stats, MessageStats::t99AliveAtEnd));
        s.put("t100_alive_ms", meanDelay(stats, MessageStats::t100AliveAtEnd));
        // Figures that stay defined when some message fell short: each share's mean over the
        // messages that reached it, with how many did.
        putReaching(s, "t50", stats, MessageStats::t50);
        putReaching(s, "t90", stats, MessageStats::t90);
        putReaching(s, "t99", stats, MessageStats::t99);
        putReaching(s, "t100", stats, MessageStats::t100);
        s.put("complete", (double) stats.stream().filter(m -> m.t100() >= 0).count());
        s.put("reached_mean", n == 0 ? null : stats.stream().mapToInt(MessageStats::reached).average().orElse(0));
        s.put("last_ms", meanDelay(stats, MessageStats::last));
        s.put("last_max_ms", n == 0 ? null : ms(stats.stream().mapToLong(MessageStats::last).max().orElse(0)));
        s.put("t50_reached_ms", meanDelay(stats, MessageStats::t50Reached));
        s.put("t90_reached_ms", meanDelay(stats, MessageStats::t90Reached));
        s.put("t99_reached_ms", meanDelay(stats, MessageStats::t99Reached));
        // Pooled over every (message, target) first receipt of the run.
        long[] pooled = log.pooledTargetDelays();
        s.put("pooled_t50_ms", pooled.length == 0 ? null : ms(DisseminationLog.nearestRank(pooled, pooled.length, 0.50)));
        s.put("pooled_t90_ms", pooled.length == 0 ? null : ms(DisseminationLog.nearestRank(pooled, pooled.length, 0.90)));
        s.put("pooled_t99_ms", pooled.length == 0 ? null : ms(DisseminationLog.nearestRank(pooled, pooled.length, 0.99)));
        s.put("coverage", n == 0 ? null : stats.stream().mapToDouble(MessageStats::coverage).average().orElse(0));
        s.put("coverage_min", n == 0 ? null : stats.stream().mapToDouble(MessageStats::coverage).min().orElse(0));
        s.put("coverage_alive", n == 0 ? null : stats.stream().mapToDouble(MessageStats::coverageAliveAtEnd).average().orElse(0));
        s.put("never_reached", (double) stats.stream().mapToLong(m -> m.targets() - m.reached()).sum());
        s.put("sent", (double) stats.stream().mapToLong(MessageStats::sent).sum());
        s.put("duplicates", (double) stats.stream().mapToLong(MessageStats::duplicates).sum());
        s.put("redundancy", n == 0 ? null : stats.stream().mapToDouble(MessageStats::redundancy).average().orElse(0));
        s.put("hops_mean", n == 0 ? null : stats.stream().mapToDouble(MessageStats::hopsMean).average().orElse(0));
        s.put("hops_max", (double) stats.stream().mapToInt(MessageStats::hopsMax).max().orElse(0));
        if (rounds.known()) {
            putRounds(s, stats, rounds);
        }
        return s;
    }

    /** Nanoseconds in milliseconds. */
    public static double ms(long nanos) {
        return nanos / (double) Time.MILLISECOND;
    }

    // The mean over messages, or null if some message never got there (a mean of the others would flatter).
    private static Double meanDelay(List<MessageStats> stats, ToLongFunction<MessageStats> delay) {
        if (stats.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (MessageStats m : stats) {
            long d = delay.applyAsLong(m);
            if (d < 0) {
                return null;
            }
            sum += d;
        }
        return ms(Math.round(sum / stats.size()));
    }

    // name_n: messages that reached the share; name_n_ms: their mean delay (null if none did).
    private static void putReaching(Map<String, Double> s, String name, List<MessageStats> stats,
            ToLongFunction<MessageStats> delay) {
        double sum = 0;
        int count = 0;
        for (MessageStats m : stats) {
            long d = delay.applyAsLong(m);
            if (d >= 0) {
                sum += d;
                count++;
            }
        }
        s.put(name + "_n", (double) count);
        s.put(name + "_n_ms", count == 0 ? null : ms(Math.round(sum / count)));
    }

    // Protocols that push in rounds: rounds until a message reached every target (over the messages
    // that did, as t100_n) and until its last first receipt.
    private static void putRounds(Map<String, Double> s, List<MessageStats> stats, GossipRounds rounds) {
        double all = 0;
        int complete = 0;
        double last = 0;
        long lastMax = 0;
        for (MessageStats m : stats) {
            if (m.t100() >= 0) {
                all += rounds.rounds(m.injectedAt(), m.t100());
                complete++;
            }
            long r = rounds.rounds(m.injectedAt(), m.last());
            last += r;
            lastMax = Math.max(lastMax, r);
        }
        s.put("rounds_all", complete == 0 ? null : all / complete);
        s.put("rounds_last", stats.isEmpty() ? null : last / stats.size());
        s.put("rounds_last_max", stats.isEmpty() ? null : (double) lastMax);
    }
}
