package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.Numbers;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.MetricProbe;
import io.gossamer.scenarios.spi.MetricProvider;
import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.Providers;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.metrics.DisseminationCurves;
import io.gossamer.sim.metrics.DisseminationFigures;
import io.gossamer.sim.metrics.DisseminationLog;
import io.gossamer.sim.metrics.GossipRounds;
import io.gossamer.sim.metrics.MessageStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-message dissemination figures (time to 50 / 90 / 99 / 100 % of the nodes alive at
 * injection, coverage, redundancy, hops; see {@link DisseminationFigures}), their means over
 * messages, the pooled delivery-time CDF, and coverage against time since injection. The parts
 * of a split run add their raw records, from which the whole run's figures are computed again
 * ({@link DisseminationParts}).
 */
final class Dissemination {
    private Dissemination() {
    }

    static MetricProvider provider() {
        return Providers.metric("dissemination", "per broadcast message: time to reach 50/90/99/100 % of the nodes alive at"
                + " injection, coverage, messages sent, duplicates, redundancy, hops", Dissemination::create, parts -> {
                    DisseminationParts.Merged m = DisseminationParts.merge(parts);
                    return finish(m.log(), m.points(), m.rounds());
                }, Param.optional("points", Kind.INTEGER, "200", "points of the delivery-time CDF and coverage curves"));
    }

    private static MetricProbe create(Params p, RunSetup setup) {
        int points = p.intValue("points", 2);
        DisseminationLog log = setup.shared(Broadcasts.LOG);
        GossipRounds rounds = setup.shared(GossipProtocols.ROUNDS);
        if (setup.isPart()) {
            return () -> DisseminationParts.withRaw(finish(log, points, rounds), log, points, rounds);
        }
        return () -> finish(log, points, rounds);
    }

    static MetricResult finish(DisseminationLog log, int points, GossipRounds rounds) {
        List<MessageStats> stats = log.stats();
        Map<String, MetricResult.Series> series = new LinkedHashMap<>();
        if (!stats.isEmpty()) {
            series.put("delivery-cdf", new MetricResult.Series(List.of("delay_ms", "fraction"),
                    DisseminationCurves.deliveryCdf(log, points)));
            series.put("coverage", new MetricResult.Series(List.of("since_injection_ms", "coverage_mean", "coverage_min"),
                    DisseminationCurves.coverage(log, points)));
            series.put("hops", new MetricResult.Series(List.of("hops", "fraction"), DisseminationCurves.hops(log)));
        }
        return new MetricResult(DisseminationFigures.of(log, stats, rounds), series, Map.of("messages", table(stats)));
    }

    private static MetricResult.Table table(List<MessageStats> stats) {
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
        return nanos < 0 ? "" : Numbers.format(DisseminationFigures.ms(nanos));
    }
}
