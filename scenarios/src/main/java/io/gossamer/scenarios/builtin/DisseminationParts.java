package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.sim.metrics.DisseminationLog;
import io.gossamer.sim.metrics.GossipRounds;
import io.gossamer.sim.metrics.RawRecords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw records a part of a split run adds to its {@code dissemination} result, and the
 * whole run's log put together from them. A part's log has the messages every part has (the
 * scenario's injections run in every part) but only its own nodes as targets and receipts, so
 * the whole run's targets and first receipts are their union and its copies their sums; every
 * figure is then computed from that log as in a run in one process. Three tables carry them:
 * {@value #MESSAGES} and {@value #RECEIPTS} (the rows of {@link RawRecords}) and
 * {@value #SETTINGS} (the metric's points and the gossip rounds).
 */
final class DisseminationParts {
    static final String MESSAGES = "dissemination-part-messages";
    static final String RECEIPTS = "dissemination-part-receipts";
    static final String SETTINGS = "dissemination-part-settings";

    private DisseminationParts() {
    }

    /** The whole run's log, with the settings the figures need. */
    record Merged(DisseminationLog log, int points, GossipRounds rounds) {
    }

    /** {@code result} with the raw tables of {@code log} added. */
    static MetricResult withRaw(MetricResult result, DisseminationLog log, int points, GossipRounds rounds) {
        List<List<String>> messages = new ArrayList<>();
        List<List<String>> receipts = new ArrayList<>();
        RawRecords.write(log, messages, receipts);
        List<String> settings = new ArrayList<>();
        settings.add(Integer.toString(points));
        settings.addAll(rounds.describe());
        Map<String, MetricResult.Table> tables = new LinkedHashMap<>(result.tables());
        tables.put(MESSAGES, new MetricResult.Table(RawRecords.MESSAGE_COLUMNS, messages));
        tables.put(RECEIPTS, new MetricResult.Table(RawRecords.RECEIPT_COLUMNS, receipts));
        tables.put(SETTINGS, new MetricResult.Table(List.of("points", "rounds_period_ns", "rounds_random_phase", "rounds_mixed"),
                List.of(settings)));
        return new MetricResult(result.summary(), result.series(), tables);
    }

    /** The whole run's log from the parts' results. */
    static Merged merge(List<MetricResult> parts) {
        List<List<DisseminationLog.Raw>> records = new ArrayList<>();
        int points = -1;
        GossipRounds rounds = null;
        int known = 0; // messages of the parts so far
        for (MetricResult part : parts) {
            MetricResult.Table messages = table(part, MESSAGES);
            MetricResult.Table receipts = table(part, RECEIPTS);
            List<String> settings = table(part, SETTINGS).rows().get(0);
            points = Integer.parseInt(settings.get(0));
            rounds = GossipRounds.of(Long.parseLong(settings.get(1)), settings.get(2).equals("1"), settings.get(3).equals("1"));
            if (known > 0 && known != messages.rows().size()) {
                throw new IllegalArgumentException("the parts disagree on the number of broadcast messages: " + known
                        + " against " + messages.rows().size());
            }
            records.add(RawRecords.read(messages.rows(), receipts.rows()));
            known = Math.max(known, messages.rows().size());
        }
        return new Merged(RawRecords.union(records), points, rounds);
    }

    private static MetricResult.Table table(MetricResult part, String name) {
        MetricResult.Table t = part.tables().get(name);
        if (t == null) {
            throw new IllegalArgumentException("a part's dissemination result has no table '" + name + "': it was not written"
                    + " by a part of a split run");
        }
        return t;
    }
}
