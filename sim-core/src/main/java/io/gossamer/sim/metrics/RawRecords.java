package io.gossamer.sim.metrics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A {@link DisseminationLog}'s raw records ({@link DisseminationLog.Raw}) as rows of text, so
 * that the parts of a run split over processes, each of which observed only its own nodes,
 * can carry them in their results and the whole run's log can be put together from them
 * ({@link #union}). One row per message ({@link #MESSAGE_COLUMNS}: origin, injection time,
 * size, copies sent and arrived, targets and those alive at the end as id ranges such as
 * {@code 0-9 12 14-15}) and one per first receipt ({@link #RECEIPT_COLUMNS}: message, node,
 * delay in ns, hops).
 */
public final class RawRecords {
    /** The columns of a message row. */
    public static final List<String> MESSAGE_COLUMNS = List.of("message", "origin", "injected_ns", "size_bytes", "sent",
            "arrived", "targets", "alive_at_end");
    /** The columns of a receipt row. */
    public static final List<String> RECEIPT_COLUMNS = List.of("message", "node", "delay_ns", "hops");

    private RawRecords() {
    }

    /** Appends {@code log}'s rows: one per message to {@code messages}, one per first receipt to {@code receipts}. */
    public static void write(DisseminationLog log, List<List<String>> messages, List<List<String>> receipts) {
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
    }

    /** One log's records, in message order, read back from the rows {@link #write} made. */
    public static List<DisseminationLog.Raw> read(List<List<String>> messages, List<List<String>> receipts) {
        List<List<String[]>> receiptsOf = new ArrayList<>();
        for (int m = 0; m < messages.size(); m++) {
            receiptsOf.add(new ArrayList<>());
        }
        for (List<String> r : receipts) {
            receiptsOf.get(Integer.parseInt(r.get(0))).add(r.toArray(new String[0]));
        }
        List<DisseminationLog.Raw> records = new ArrayList<>();
        for (int m = 0; m < messages.size(); m++) {
            List<String> row = messages.get(m);
            List<String[]> rs = receiptsOf.get(m);
            int[] nodes = new int[rs.size()];
            long[] delays = new long[rs.size()];
            int[] hops = new int[rs.size()];
            for (int i = 0; i < rs.size(); i++) {
                nodes[i] = Integer.parseInt(rs.get(i)[1]);
                delays[i] = Long.parseLong(rs.get(i)[2]);
                hops[i] = Integer.parseInt(rs.get(i)[3]);
            }
            records.add(new DisseminationLog.Raw(Integer.parseInt(row.get(1)), Long.parseLong(row.get(2)),
                    Long.parseLong(row.get(3)), bits(row.get(6)), bits(row.get(7)), Long.parseLong(row.get(4)),
                    Long.parseLong(row.get(5)), nodes, delays, hops));
        }
        return records;
    }

    /**
     * The whole run's log from its parts' records, each part's in message order (every part
     * records every message): targets and first receipts united, copies summed.
     */
    public static DisseminationLog union(List<List<DisseminationLog.Raw>> parts) {
        List<List<DisseminationLog.Raw>> byMessage = new ArrayList<>();
        for (List<DisseminationLog.Raw> part : parts) {
            for (int m = 0; m < part.size(); m++) {
                if (byMessage.size() <= m) {
                    byMessage.add(new ArrayList<>());
                }
                byMessage.get(m).add(part.get(m));
            }
        }
        List<DisseminationLog.Raw> merged = new ArrayList<>();
        for (List<DisseminationLog.Raw> m : byMessage) {
            merged.add(DisseminationLog.Raw.merge(m));
        }
        return DisseminationLog.restore(merged);
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
