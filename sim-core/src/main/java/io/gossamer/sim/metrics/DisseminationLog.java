package io.gossamer.sim.metrics;

import io.gossamer.sim.node.NodeHost;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Records how broadcast messages spread, as measurement observes it from outside the protocols
 * (the application's injections, each node's first delivery, the payload copies the network
 * carries), and computes, per
 * message, the times to reach 50 / 90 / 99 / 100 % of the nodes alive at injection (its targets), coverage,
 * redundancy and hop counts. Memory is a few primitive arrays per message: one bit per node
 * for the targets and one (node, delay, hops) entry per first receipt ({@link Receipts}).
 */
public final class DisseminationLog {
    private final NodeHost host;
    /** Liveness: the host's, or the nodes alive at the end of a restored log. */
    private final java.util.function.IntPredicate alive;
    private final List<MessageRecord> messages = new ArrayList<>();
    private int firstIncomplete;

    private final java.util.function.IntPredicate audience;

    /** A log that reads liveness from {@code host}; every live node is a target. */
    public DisseminationLog(NodeHost host) {
        this(host, id -> true);
    }

    /**
     * A log whose targets are the live nodes that {@code audience} accepts (e.g. not the
     * broker or bootstrap server, which run no dissemination protocol).
     */
    public DisseminationLog(NodeHost host, java.util.function.IntPredicate audience) {
        this.host = host;
        this.alive = host::isAlive;
        this.audience = audience;
    }

    private DisseminationLog(BitSet aliveAtEnd) {
        this.host = null;
        this.alive = aliveAtEnd::get;
        this.audience = id -> true;
    }

    /**
     * A new message is created at {@code origin} (which counts as reached at once, with 0 hops).
     *
     * @return the message's id: 0, 1, 2, ... in injection order
     */
    public int injected(int origin, long time, long sizeBytes) {
        if (host == null) {
            throw new IllegalStateException("a restored log takes no new messages");
        }
        MessageRecord r = new MessageRecord(origin, time, sizeBytes);
        for (int id : host.liveNodes()) {
            if (audience.test(id)) {
                r.targets.set(id);
            }
        }
        r.add(origin, 0, 0);
        messages.add(r);
        return messages.size() - 1;
    }

    /**
     * {@code node} delivers {@code message}, after {@code hops} hops. Only the first delivery
     * at a node counts; a node that failed and rejoined may deliver it again, and that copy
     * counts as a duplicate through {@link #arrived}.
     */
    public void delivered(int message, int node, long time, int hops) {
        MessageRecord r = messages.get(message);
        if (!r.reached.get(node)) {
            r.add(node, time - r.injectedAt, hops);
        }
    }

    /**
     * A copy of {@code message}'s payload arrived at a node of the audience. Every copy but the
     * one that brings a node the message first is a duplicate.
     */
    public void arrived(int message) {
        messages.get(message).arrived++;
    }

    /** {@code copies} network messages carrying {@code message} leave a node. */
    public void sent(int message, int copies) {
        messages.get(message).sent += copies;
    }

    /** True if {@code message} is a message id of this log. */
    public boolean isMessage(int message) {
        return message >= 0 && message < messages.size();
    }

    /** Messages injected so far. */
    public int messageCount() {
        return messages.size();
    }

    /** Payload size of a message. */
    public long sizeBytes(int message) {
        return messages.get(message).sizeBytes;
    }

    /**
     * True when every message has reached every target that is still alive: the natural
     * stop condition of a dissemination run. Cheap enough to check after every event.
     */
    public boolean allDelivered() {
        for (int m = firstIncomplete; m < messages.size(); m++) {
            MessageRecord r = messages.get(m);
            if (r.settled) {
                continue;
            }
            // Fast path: the node that last kept this message incomplete still does.
            int w = r.witness;
            if (w >= 0 && r.targets.get(w) && !r.reached.get(w) && alive.test(w)) {
                return false;
            }
            r.witness = -1;
            BitSet missing = (BitSet) r.targets.clone();
            missing.andNot(r.reached);
            for (int id = missing.nextSetBit(0); id >= 0; id = missing.nextSetBit(id + 1)) {
                if (alive.test(id)) {
                    r.witness = id;
                    return false;
                }
            }
            // No live target misses it: settled for good (a target that rejoins later is a new
            // incarnation and does not reopen it).
            r.settled = true;
            if (m == firstIncomplete) {
                firstIncomplete++;
            }
        }
        return true;
    }

    /** The figures of every message, in injection order, as of now. */
    public List<MessageStats> stats() {
        List<MessageStats> out = new ArrayList<>(messages.size());
        for (int m = 0; m < messages.size(); m++) {
            out.add(stats(m));
        }
        return out;
    }

    /** The figures of one message, as of now. */
    public MessageStats stats(int message) {
        MessageRecord r = messages.get(message);
        int targets = r.targets.cardinality();
        BitSet aliveTargets = new BitSet();
        for (int id = r.targets.nextSetBit(0); id >= 0; id = r.targets.nextSetBit(id + 1)) {
            if (alive.test(id)) {
                aliveTargets.set(id);
            }
        }
        Receipts receipts = r.receipts;
        long[] targetDelays = new long[receipts.size()];
        long[] aliveDelays = new long[receipts.size()];
        int reached = 0;
        int reachedAlive = 0;
        long hopSum = 0;
        int hopMax = 0;
        int hopCount = 0;
        for (int i = 0; i < receipts.size(); i++) {
            int node = receipts.node(i);
            if (!r.targets.get(node)) {
                continue;
            }
            long delay = receipts.delay(i);
            targetDelays[reached++] = delay;
            if (aliveTargets.get(node)) {
                aliveDelays[reachedAlive] = delay;
                reachedAlive++;
            }
            if (node != r.origin) {
                int hops = receipts.hops(i);
                hopSum += hops;
                hopMax = Math.max(hopMax, hops);
                hopCount++;
            }
        }
        Arrays.sort(targetDelays, 0, reached);
        Arrays.sort(aliveDelays, 0, reachedAlive);
        int aliveAtEnd = aliveTargets.cardinality();
        return new MessageStats(message, r.origin, r.injectedAt, targets, reached, aliveAtEnd, reachedAlive,
                timeToShare(targetDelays, reached, targets, 0.50),
                timeToShare(targetDelays, reached, targets, 0.90),
                timeToShare(targetDelays, reached, targets, 0.99),
                timeToShare(targetDelays, reached, targets, 1.00),
                timeToShare(aliveDelays, reachedAlive, aliveAtEnd, 0.50),
                timeToShare(aliveDelays, reachedAlive, aliveAtEnd, 0.90),
                timeToShare(aliveDelays, reachedAlive, aliveAtEnd, 0.99),
                timeToShare(aliveDelays, reachedAlive, aliveAtEnd, 1.00),
                r.sent, Math.max(0, r.arrived - (receipts.size() - 1)), hopCount == 0 ? 0 : (double) hopSum / hopCount, hopMax,
                reached == 0 ? 0 : targetDelays[reached - 1],
                nearestRank(targetDelays, reached, 0.50),
                nearestRank(targetDelays, reached, 0.90),
                nearestRank(targetDelays, reached, 0.99));
    }

    /**
     * Delays (ns since injection) of the first receipts at the targets of a message, sorted;
     * the origin's 0 included.
     */
    public long[] targetDelays(int message) {
        MessageRecord r = messages.get(message);
        Receipts receipts = r.receipts;
        long[] out = new long[receipts.size()];
        int k = 0;
        for (int i = 0; i < receipts.size(); i++) {
            if (r.targets.get(receipts.node(i))) {
                out[k++] = receipts.delay(i);
            }
        }
        long[] sorted = k == out.length ? out : Arrays.copyOf(out, k);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * How many targets of a message (the origin excluded) first received it after each number
     * of hops: element h counts those reached in h hops.
     */
    public long[] hopCounts(int message) {
        MessageRecord r = messages.get(message);
        long[] counts = new long[1];
        Receipts receipts = r.receipts;
        for (int i = 0; i < receipts.size(); i++) {
            int node = receipts.node(i);
            if (node == r.origin || !r.targets.get(node)) {
                continue;
            }
            int h = receipts.hops(i);
            if (h >= counts.length) {
                counts = Arrays.copyOf(counts, h + 1);
            }
            counts[h]++;
        }
        return counts;
    }

    /** Nodes alive at the injection of a message. */
    public int targets(int message) {
        return messages.get(message).targets.cardinality();
    }

    /**
     * The {@code share} percentile (nearest rank) of the first {@code count} of {@code sorted}:
     * the smallest delay by which at least that share of them had happened; 0 for none.
     */
    public static long nearestRank(long[] sorted, int count, double share) {
        if (count == 0) {
            return 0;
        }
        int rank = Math.max(1, (int) Math.ceil(share * count - 1e-9));
        return sorted[Math.min(count, rank) - 1];
    }

    /**
     * Delays (ns since injection) of every first receipt at a target, over all messages,
     * sorted; each message's origin included with 0.
     */
    public long[] pooledTargetDelays() {
        int total = 0;
        long[][] all = new long[messages.size()][];
        for (int m = 0; m < messages.size(); m++) {
            all[m] = targetDelays(m);
            total += all[m].length;
        }
        long[] pooled = new long[total];
        int k = 0;
        for (long[] d : all) {
            System.arraycopy(d, 0, pooled, k, d.length);
            k += d.length;
        }
        Arrays.sort(pooled);
        return pooled;
    }

    // The delay at which ceil(share * targets) targets had the message, or -1.
    private static long timeToShare(long[] sortedDelays, int reached, int targets, double share) {
        int needed = (int) Math.ceil(share * targets - 1e-9);
        if (needed <= 0) {
            return 0;
        }
        return needed <= reached ? sortedDelays[needed - 1] : -1;
    }

    /**
     * One message as this log saw it, for putting together the logs of a run split into parts
     * (each part hosts some of the nodes and sees their receipts; see {@link #merge} and
     * {@link #restore}).
     *
     * @param origin the node that injected it
     * @param injectedAt when (ns)
     * @param sizeBytes its payload size
     * @param targets the targets (nodes of the audience alive at injection)
     * @param aliveAtEnd the targets alive now
     * @param sent network messages that carried it
     * @param arrived copies that arrived at nodes of the audience
     * @param nodes the nodes of its first receipts, in order
     * @param delays their delays since injection (ns)
     * @param hops their hop counts
     */
    public record Raw(int origin, long injectedAt, long sizeBytes, BitSet targets, BitSet aliveAtEnd, long sent, long arrived,
            int[] nodes, long[] delays, int[] hops) {
        /**
         * The parts' records of one message put together: targets and receipts united (a node's
         * earliest receipt counts, so the origin, which every part records, counts once), copies
         * summed.
         */
        public static Raw merge(List<Raw> parts) {
            Raw first = parts.get(0);
            BitSet targets = new BitSet();
            BitSet aliveAtEnd = new BitSet();
            long sent = 0;
            long arrived = 0;
            java.util.Map<Integer, long[]> firstReceipt = new java.util.TreeMap<>();
            for (Raw p : parts) {
                if (p.origin != first.origin || p.injectedAt != first.injectedAt || p.sizeBytes != first.sizeBytes) {
                    throw new IllegalArgumentException("the parts disagree on a message: origin " + first.origin + " at "
                            + first.injectedAt + " ns against origin " + p.origin + " at " + p.injectedAt + " ns");
                }
                targets.or(p.targets);
                aliveAtEnd.or(p.aliveAtEnd);
                sent += p.sent;
                arrived += p.arrived;
                for (int i = 0; i < p.nodes.length; i++) {
                    long[] seen = firstReceipt.get(p.nodes[i]);
                    if (seen == null || p.delays[i] < seen[0]) {
                        firstReceipt.put(p.nodes[i], new long[] {p.delays[i], p.hops[i]});
                    }
                }
            }
            int n = firstReceipt.size();
            int[] nodes = new int[n];
            long[] delays = new long[n];
            int[] hops = new int[n];
            int k = 0;
            for (java.util.Map.Entry<Integer, long[]> e : firstReceipt.entrySet()) {
                nodes[k] = e.getKey();
                delays[k] = e.getValue()[0];
                hops[k] = (int) e.getValue()[1];
                k++;
            }
            return new Raw(first.origin, first.injectedAt, first.sizeBytes, targets, aliveAtEnd, sent, arrived, nodes, delays, hops);
        }
    }

    /** The raw record of {@code message} as of now. */
    public Raw raw(int message) {
        MessageRecord r = messages.get(message);
        BitSet aliveAtEnd = new BitSet();
        for (int id = r.targets.nextSetBit(0); id >= 0; id = r.targets.nextSetBit(id + 1)) {
            if (alive.test(id)) {
                aliveAtEnd.set(id);
            }
        }
        return new Raw(r.origin, r.injectedAt, r.sizeBytes, (BitSet) r.targets.clone(), aliveAtEnd, r.sent, r.arrived,
                r.receipts.nodes(), r.receipts.delays(), r.receipts.hops());
    }

    /**
     * A log holding {@code messages} (e.g. the merged records of a split run's parts), for
     * computing their figures; a node counts as alive at the end if some message's
     * {@link Raw#aliveAtEnd} says so. It takes no new messages.
     */
    public static DisseminationLog restore(List<Raw> messages) {
        BitSet aliveAtEnd = new BitSet();
        for (Raw m : messages) {
            aliveAtEnd.or(m.aliveAtEnd());
        }
        DisseminationLog log = new DisseminationLog(aliveAtEnd);
        for (Raw m : messages) {
            MessageRecord r = new MessageRecord(m.origin(), m.injectedAt(), m.sizeBytes());
            r.targets.or(m.targets());
            for (int i = 0; i < m.nodes().length; i++) {
                r.add(m.nodes()[i], m.delays()[i], m.hops()[i]);
            }
            r.sent = m.sent();
            r.arrived = m.arrived();
            log.messages.add(r);
        }
        return log;
    }
}
