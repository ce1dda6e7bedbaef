package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.Numbers;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.MetricProbe;
import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.metrics.DisseminationCurves;
import io.gossamer.sim.metrics.DisseminationLog;
import io.gossamer.sim.metrics.MessageStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-message dissemination figures (time to 50 / 90 / 99 / 100 % of the nodes alive at
 * injection, coverage, redundancy, hops), their means over messages, the pooled delivery-time
 * CDF, and coverage against time since injection.
 */
public final class Dissemination extends BaseMetric {
    /** Registered with ServiceLoader. */
    public Dissemination() {
        super("dissemination", "per broadcast message: time to reach 50/90/99/100 % of the nodes alive at injection, coverage, "
                + "messages sent, duplicates, redundancy, hops",
                Param.optional("points", Kind.INTEGER, "200", "points of the delivery-time CDF and coverage curves"));
    }

    @Override
    public MetricProbe create(Params p, RunSetup setup) {
        int points = p.intValue("points", 2);
        DisseminationLog log = setup.shared(Broadcasts.LOG);
        GossipRounds rounds = setup.shared(GossipRounds.KEY);
        if (setup.isPart()) {
            return () -> DisseminationParts.withRaw(finish(log, points, rounds), log, points, rounds);
        }
        return () -> finish(log, points, rounds);
    }

    @Override
    public boolean mergesParts() {
        return true;
    }

    /** Every figure computed again from the parts' raw records put together (see {@link DisseminationParts}). */
    @Override
    public MetricResult mergeParts(List<MetricResult> parts) {
        DisseminationParts.Merged m = DisseminationParts.merge(parts);
        return finish(m.log(), m.points(), m.rounds());
    }

    static MetricResult finish(DisseminationLog log, int points, GossipRounds rounds) {
        List<MessageStats> stats = log.stats();
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
        s.put("last_max_ms", n == 0 ? null : Metrics.ms(stats.stream().mapToLong(MessageStats::last).max().orElse(0)));
        s.put("t50_reached_ms", meanDelay(stats, MessageStats::t50Reached));
        s.put("t90_reached_ms", meanDelay(stats, MessageStats::t90Reached));
        s.put("t99_reached_ms", meanDelay(stats, MessageStats::t99Reached));
        // Pooled over every (message, target) first receipt of the run.
        long[] pooled = log.pooledTargetDelays();
        s.put("pooled_t50_ms", pooled.length == 0 ? null : Metrics.ms(DisseminationLog.nearestRank(pooled, pooled.length, 0.50)));
        s.put("pooled_t90_ms", pooled.length == 0 ? null : Metrics.ms(DisseminationLog.nearestRank(pooled, pooled.length, 0.90)));
        s.put("pooled_t99_ms", pooled.length == 0 ? null : Metrics.ms(DisseminationLog.nearestRank(pooled, pooled.length, 0.99)));
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

        Map<String, MetricResult.Series> series = new LinkedHashMap<>();
        if (n > 0) {
            series.put("delivery-cdf", new MetricResult.Series(List.of("delay_ms", "fraction"),
                    DisseminationCurves.deliveryCdf(log, points)));
            series.put("coverage", new MetricResult.Series(List.of("since_injection_ms", "coverage_mean", "coverage_min"),
                    DisseminationCurves.coverage(log, points)));
            series.put("hops", new MetricResult.Series(List.of("hops", "fraction"), DisseminationCurves.hops(log)));
        }
        return new MetricResult(s, series, Map.of("messages", table(stats, log)));
    }

    private interface Delay {
        long of(MessageStats m);
    }

    // The mean over messages, or null if some message never got there (a mean of the others would flatter).
    private static Double meanDelay(List<MessageStats> stats, Delay delay) {
        if (stats.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (MessageStats m : stats) {
            long d = delay.of(m);
            if (d < 0) {
                return null;
            }
            sum += d;
        }
        return Metrics.ms(Math.round(sum / stats.size()));
    }

    // name_n: messages that reached the share; name_n_ms: their mean delay (null if none did).
    private static void putReaching(Map<String, Double> s, String name, List<MessageStats> stats, Delay delay) {
        double sum = 0;
        int count = 0;
        for (MessageStats m : stats) {
            long d = delay.of(m);
            if (d >= 0) {
                sum += d;
                count++;
            }
        }
        s.put(name + "_n", (double) count);
        s.put(name + "_n_ms", count == 0 ? null : Metrics.ms(Math.round(sum / count)));
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

    private static MetricResult.Table table(List<MessageStats> stats, DisseminationLog log) {
        List<List<String>> rows = new ArrayList<>();
        for (MessageStats m : stats) {
            rows.add(List.of(String.valueOf(m.message()), String.valueOf(m.origin()), Numbers.format(m.injectedAt() / 1e9),
                    String.valueOf(m.targets()), String.valueOf(m.reached()), Numbers.format(m.coverage()),
                    delay(m.t50()), delay(m.t90()), delay(m.t99()), delay(m.t100()),
                    delay(m.last()), delay(m.t50Reached()), delay(m.t90Reached()), delay(m.t99Reached()),
                    String.valueOf(m.sent()), String.valueOf(m.duplicates()), Numbers.format(m.hopsMean())));
        }
        return new MetricResult.Table(List.of("message", "origin", "injected_s", "targets", "reached", "coverage", "t50_ms", "t90_ms",
                "t99_ms", "t100_ms", "last_ms", "t50_reached_ms", "t90_reached_ms", "t99_reached_ms", "sent", "duplicates", "hops_mean"), rows);
    }

    private static String delay(long nanos) {
        return nanos < 0 ? "" : Numbers.format(Metrics.ms(nanos));
    }
}
