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
 * for the targets and one (node, delay, hops) entry per first receipt.
 */
public final class DisseminationLog {
    private final NodeHost host;
    private final List<Record> messages = new ArrayList<>();
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
        this.audience = audience;
    }

    /** One message as it spreads. */
    private static final class Record {
        final int origin;
        final long injectedAt;
        final long sizeBytes;
        final BitSet targets = new BitSet();
        final BitSet reached = new BitSet();
        int[] nodes = new int[16];
        long[] delays = new long[16];
        int[] hops = new int[16];
        int receipts;
        int witness = -1;
        boolean settled;
        long sent;
        /** Payload copies that arrived at nodes of the audience. */
        long arrived;

        Record(int origin, long injectedAt, long sizeBytes) {
            this.origin = origin;
            this.injectedAt = injectedAt;
            this.sizeBytes = sizeBytes;
        }

        void add(int node, long delay, int hopCount) {
            if (receipts == nodes.length) {
                int n = receipts * 2;
                nodes = Arrays.copyOf(nodes, n);
                delays = Arrays.copyOf(delays, n);
                hops = Arrays.copyOf(hops, n);
            }
            nodes[receipts] = node;
            delays[receipts] = delay;
            hops[receipts] = hopCount;
            receipts++;
            reached.set(node);
        }
    }

    /**
     * A new message is created at {@code origin} (which counts as reached at once, with 0 hops).
     *
     * @return the message's id: 0, 1, 2, ... in injection order
     */
    public int injected(int origin, long time, long sizeBytes) {
        Record r = new Record(origin, time, sizeBytes);
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
        Record r = messages.get(message);
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
            Record r = messages.get(m);
            if (r.settled) {
                continue;
            }
            // Fast path: the node that last kept this message incomplete still does.
            int w = r.witness;
            if (w >= 0 && r.targets.get(w) && !r.reached.get(w) && host.isAlive(w)) {
                return false;
            }
            r.witness = -1;
            BitSet missing = (BitSet) r.targets.clone();
            missing.andNot(r.reached);
            for (int id = missing.nextSetBit(0); id >= 0; id = missing.nextSetBit(id + 1)) {
                if (host.isAlive(id)) {
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
        Record r = messages.get(message);
        int targets = r.targets.cardinality();
        BitSet aliveTargets = new BitSet();
        for (int id = r.targets.nextSetBit(0); id >= 0; id = r.targets.nextSetBit(id + 1)) {
            if (host.isAlive(id)) {
                aliveTargets.set(id);
            }
        }
        long[] targetDelays = new long[r.receipts];
        long[] aliveDelays = new long[r.receipts];
        int reached = 0;
        int reachedAlive = 0;
        long hopSum = 0;
        int hopMax = 0;
        int hopCount = 0;
        for (int i = 0; i < r.receipts; i++) {
            int node = r.nodes[i];
            if (!r.targets.get(node)) {
                continue;
            }
            targetDelays[reached++] = r.delays[i];
            if (aliveTargets.get(node)) {
                aliveDelays[reachedAlive] = r.delays[i];
                reachedAlive++;
            }
            if (node != r.origin) {
                hopSum += r.hops[i];
                hopMax = Math.max(hopMax, r.hops[i]);
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
                r.sent, Math.max(0, r.arrived - (r.receipts - 1)), hopCount == 0 ? 0 : (double) hopSum / hopCount, hopMax,
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
        Record r = messages.get(message);
        long[] out = new long[r.receipts];
        int k = 0;
        for (int i = 0; i < r.receipts; i++) {
            if (r.targets.get(r.nodes[i])) {
                out[k++] = r.delays[i];
            }
        }
        long[] sorted = Arrays.copyOf(out, k);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * How many targets of a message (the origin excluded) first received it after each number
     * of hops: element h counts those reached in h hops.
     */
    public long[] hopCounts(int message) {
        Record r = messages.get(message);
        long[] counts = new long[1];
        for (int i = 0; i < r.receipts; i++) {
            if (r.nodes[i] == r.origin || !r.targets.get(r.nodes[i])) {
                continue;
            }
            int h = r.hops[i];
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
}
