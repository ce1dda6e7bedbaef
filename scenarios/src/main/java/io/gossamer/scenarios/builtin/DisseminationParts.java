package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.MetricResult;
import io.gossamer.sim.metrics.DisseminationLog;
import io.gossamer.sim.metrics.GossipRounds;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The raw records a part of a split run adds to its {@code dissemination} result, and the
 * whole run's log put together from them. A part's log has the messages every part has (the
 * scenario's injections run in every part) but only its own nodes as targets and receipts, so
 * the whole run's targets and first receipts are their union and its copies their sums; every
 * figure is then computed from that log as in a run in one process. Three tables carry them:
 * {@value #MESSAGES} (one row per message: origin, injection time, size, copies sent and
 * arrived, targets and those alive at the end as id ranges), {@value #RECEIPTS} (message,
 * node, delay in ns, hops) and {@value #SETTINGS} (the metric's points and the gossip rounds).
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
        for (int m = 0; m < log.messageCount(); m++) {
            DisseminationLog.Raw r = log.raw(m);
            messages.add(List.of(Integer.toString(m), Integer.toString(r.origin()), Long.toString(r.injectedAt()),
                    Long.toString(r.sizeBytes()), Long.toString(r.sent()), Long.toString(r.arrived()), ranges(r.targets()),
                    ranges(r.aliveAtEnd())));
            for (int i = 0; i < r.nodes().length; i++) {
                receipts.add(List.of(Integer.toString(m), Integer.toString(r.nodes()[i]), Long.toString(r.delays()[i]),
                        Integer.toString(r.hops()[i])));
            }
        }
        List<String> settings = new ArrayList<>();
        settings.add(Integer.toString(points));
        settings.addAll(rounds.describe());
        Map<String, MetricResult.Table> tables = new LinkedHashMap<>(result.tables());
        tables.put(MESSAGES, new MetricResult.Table(List.of("message", "origin", "injected_ns", "size_bytes", "sent", "arrived",
                "targets", "alive_at_end"), messages));
        tables.put(RECEIPTS, new MetricResult.Table(List.of("message", "node", "delay_ns", "hops"), receipts));
        tables.put(SETTINGS, new MetricResult.Table(List.of("points", "rounds_period_ns", "rounds_random_phase", "rounds_mixed"),
                List.of(settings)));
        return new MetricResult(result.summary(), result.series(), tables);
    }

    /** The whole run's log from the parts' results. */
    static Merged merge(List<MetricResult> parts) {
        List<List<DisseminationLog.Raw>> byMessage = new ArrayList<>();
        int points = -1;
        GossipRounds rounds = null;
        for (MetricResult part : parts) {
            MetricResult.Table messages = table(part, MESSAGES);
            MetricResult.Table receipts = table(part, RECEIPTS);
            List<String> settings = table(part, SETTINGS).rows().get(0);
            points = Integer.parseInt(settings.get(0));
            rounds = GossipRounds.of(Long.parseLong(settings.get(1)), settings.get(2).equals("1"), settings.get(3).equals("1"));
            if (!byMessage.isEmpty() && byMessage.size() != messages.rows().size()) {
                throw new IllegalArgumentException("the parts disagree on the number of broadcast messages: " + byMessage.size()
                        + " against " + messages.rows().size());
            }
            List<List<String[]>> receiptsOf = new ArrayList<>();
            for (int m = 0; m < messages.rows().size(); m++) {
                receiptsOf.add(new ArrayList<>());
            }
            for (List<String> r : receipts.rows()) {
                receiptsOf.get(Integer.parseInt(r.get(0))).add(r.toArray(new String[0]));
            }
            for (int m = 0; m < messages.rows().size(); m++) {
                List<String> row = messages.rows().get(m);
                List<String[]> rs = receiptsOf.get(m);
                int[] nodes = new int[rs.size()];
                long[] delays = new long[rs.size()];
                int[] hops = new int[rs.size()];
                for (int i = 0; i < rs.size(); i++) {
                    nodes[i] = Integer.parseInt(rs.get(i)[1]);
                    delays[i] = Long.parseLong(rs.get(i)[2]);
                    hops[i] = Integer.parseInt(rs.get(i)[3]);
                }
                DisseminationLog.Raw raw = new DisseminationLog.Raw(Integer.parseInt(row.get(1)), Long.parseLong(row.get(2)),
                        Long.parseLong(row.get(3)), bits(row.get(6)), bits(row.get(7)), Long.parseLong(row.get(4)),
                        Long.parseLong(row.get(5)), nodes, delays, hops);
                if (byMessage.size() <= m) {
                    byMessage.add(new ArrayList<>());
                }
                byMessage.get(m).add(raw);
            }
        }
        List<DisseminationLog.Raw> merged = new ArrayList<>();
        for (List<DisseminationLog.Raw> m : byMessage) {
            merged.add(DisseminationLog.Raw.merge(m));
        }
        return new Merged(DisseminationLog.restore(merged), points, rounds);
    }

    private static MetricResult.Table table(MetricResult part, String name) {
        MetricResult.Table t = part.tables().get(name);
        if (t == null) {
            throw new IllegalArgumentException("a part's dissemination result has no table '" + name + "': it was not written"
                    + " by a part of a split run");
        }
        return t;
    }

    /** Ids as ranges: "0-9 12 14-15". */
    static String ranges(BitSet ids) {
        StringBuilder b = new StringBuilder();
        for (int from = ids.nextSetBit(0); from >= 0; ) {
            int to = ids.nextClearBit(from) - 1;
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(from);
            if (to > from) {
                b.append('-').append(to);
            }
            from = ids.nextSetBit(to + 1);
        }
        return b.toString();
    }

    static BitSet bits(String ranges) {
        BitSet ids = new BitSet();
        for (String r : ranges.trim().split(" ")) {
            if (r.isEmpty()) {
                continue;
            }
            int dash = r.indexOf('-');
            if (dash < 0) {
                ids.set(Integer.parseInt(r));
            } else {
                ids.set(Integer.parseInt(r.substring(0, dash)), Integer.parseInt(r.substring(dash + 1)) + 1);
            }
        }
        return ids;
    }
}
