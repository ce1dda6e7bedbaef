package io.gossamer.protocols.pss;

import io.gossamer.sim.Time;
import io.gossamer.sim.net.NodeTraffic;
import io.gossamer.sim.net.SimNetwork;
import io.gossamer.sim.node.NodeHost;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What peer sampling measurement reads of a run, from outside the services: each live node's
 * view, pulled from the component that provides its {@link PeerSampling} port when the metric
 * samples (as a PeerSim observer reads protocols); how often each node appeared in the samples
 * the services handed out, counted by observing their {@link Sample} indications; and a row of
 * figures per sample ({@link #COLUMNS}): freshness, dead descriptors, view size, and new
 * connections, messages and bytes per node per second since the previous row, public and
 * private nodes apart.
 */
public final class PeerSamplingProbe {
    /** The figures of a {@link #row()}, in order. */
    public static final List<String> COLUMNS = List.of("live", "freshness_rounds", "freshness_s", "dead_share", "view_size",
            "connections_per_node_s", "connections_public", "connections_private", "messages_public", "messages_private",
            "bytes_public", "bytes_private");

    /** A dead-descriptor share above this counts as polluted (for the purge time of {@link #summary}). */
    public static final double DEAD_THRESHOLD = 0.01;

    private static final PeerSamplingView EMPTY = new PeerSamplingView() {
        @Override
        public int viewSize() {
            return 0;
        }

        @Override
        public Descriptor viewEntry(int i) {
            throw new IndexOutOfBoundsException(i);
        }

        @Override
        public long ageRoundNanos() {
            return 0;
        }
    };

    private final NodeHost host;
    private final SimNetwork net;
    private final int capacity;
    private long[] sampled;
    private boolean counting;
    private long lastTime;
    /** Per node: handshakes started, messages and bytes sent at the previous row. */
    private long[] attempts = new long[0];
    private long[] messages = new long[0];
    private long[] bytes = new long[0];

    /**
     * Starts observing the samples of {@code host}'s services, counting them from now on.
     *
     * @param host the run's nodes
     * @param capacity node ids the run may use
     */
    public PeerSamplingProbe(NodeHost host, int capacity) {
        this(host, capacity, true);
    }

    /**
     * Starts observing the samples of {@code host}'s services; if not {@code counting}, the
     * {@link #tallies()} stay zero until {@link #startCounting()}, and the samples are not
     * observed until then either (a run's every node hands out a sample per round, counting
     * one is a cache miss per peer in a large run, and a service whose samples nobody
     * observes or receives need not make them).
     *
     * @param host the run's nodes
     * @param capacity node ids the run may use
     * @param counting whether the tallies count from now on
     */
    public PeerSamplingProbe(NodeHost host, int capacity, boolean counting) {
        this.host = host;
        this.net = host.network();
        this.capacity = capacity;
        this.sampled = new long[capacity];
        if (counting) {
            startCounting();
        }
    }

    /** The tallies count the samples handed out from now on (no effect if they do already). */
    public void startCounting() {
        if (counting) {
            return;
        }
        counting = true;
        host.simulation().observe(PeerSampling.class, Sample.class, (node, sample) -> {
            for (int i = 0, n = sample.size(); i < n; i++) {
                int id = sample.peerId(i);
                if (id >= sampled.length) {
                    sampled = Arrays.copyOf(sampled, Math.max(id + 1, sampled.length * 2));
                }
                sampled[id]++;
            }
        });
    }

    /** Node {@code node}'s service as it is now (an empty view if the node runs none). */
    public PeerSamplingView of(int node) {
        var port = host.portOrNull(node, PeerSampling.class);
        return port != null && port.owner() instanceof PeerSamplingView v ? v : EMPTY;
    }

    /** Node ids the run may use. */
    public int capacity() {
        return capacity;
    }

    /** How often each node id below the run's capacity appeared in samples so far. */
    public long[] tallies() {
        return Arrays.copyOf(sampled, capacity);
    }

    /** {@link #tallies()}, with -1 for the nodes not alive now (left out of a randomness test). */
    public long[] liveTallies() {
        long[] t = tallies();
        for (int id = 0; id < t.length; id++) {
            if (!host.isAlive(id)) {
                t[id] = -1;
            }
        }
        return t;
    }

    /** The {@link #COLUMNS} now; the rates count from the previous row (from time 0 for the first). */
    public double[] row() {
        long now = host.simulation().now();
        int[] live = host.liveNodes();
        int ids = live.length == 0 ? 0 : live[live.length - 1] + 1;
        // The running nodes as one bit per id: the views name millions of nodes in random
        // order, and asking the host about each would read that node's component (a cache
        // miss per view entry in a large run).
        long[] alive = new long[(ids + 63) >>> 6];
        for (int id : live) {
            alive[id >>> 6] |= 1L << id;
        }
        long ageSum = 0;
        long entries = 0;
        long dead = 0;
        long roundNanos = 0;
        for (int id : live) {
            PeerSamplingView view = of(id);
            roundNanos = Math.max(roundNanos, view.ageRoundNanos());
            for (int i = 0, n = view.viewSize(); i < n; i++) {
                ageSum += view.viewAge(i);
                entries++;
                int peer = view.viewPeerId(i);
                if (peer < 0 || peer >= ids || (alive[peer >>> 6] & 1L << peer) == 0) {
                    dead++;
                }
            }
        }
        double rounds = entries == 0 ? 0 : ageSum / (double) entries;
        if (ids > attempts.length) {
            attempts = Arrays.copyOf(attempts, ids);
            messages = Arrays.copyOf(messages, ids);
            bytes = Arrays.copyOf(bytes, ids);
        }
        double seconds = (now - lastTime) / (double) Time.SECOND;
        lastTime = now;
        // [0] public, [1] private: nodes, connections, messages, bytes in this interval.
        double[] nodes = new double[2];
        double[] conns = new double[2];
        double[] msgs = new double[2];
        double[] byts = new double[2];
        for (int id : live) {
            int k = host.address(id).isPublic() ? 0 : 1;
            long attempted = net.connectionAttempts(id);
            NodeTraffic t = net.traffic(id);
            nodes[k]++;
            conns[k] += attempted - attempts[id];
            msgs[k] += t.sentMessages() - messages[id];
            byts[k] += t.sentBytes() - bytes[id];
            attempts[id] = attempted;
            messages[id] = t.sentMessages();
            bytes[id] = t.sentBytes();
        }
        double all = nodes[0] + nodes[1];
        return new double[] {live.length, rounds, rounds * roundNanos / Time.SECOND,
            entries == 0 ? 0 : dead / (double) entries, live.length == 0 ? 0 : entries / (double) live.length,
            rate(conns[0] + conns[1], all, seconds), rate(conns[0], nodes[0], seconds), rate(conns[1], nodes[1], seconds),
            rate(msgs[0], nodes[0], seconds), rate(msgs[1], nodes[1], seconds),
            rate(byts[0], nodes[0], seconds), rate(byts[1], nodes[1], seconds)};
    }

    private static double rate(double count, double nodes, double seconds) {
        return nodes == 0 || seconds <= 0 ? 0 : count / nodes / seconds;
    }

    /**
     * The summary of the rows of a run (time in s, then the {@link #COLUMNS}): each figure's
     * mean over the steady state (the rows from {@code from} s on, time 0 excluded), and for
     * dead descriptors the largest share seen and how long views stayed polluted (above
     * {@value #DEAD_THRESHOLD}) after it first rose; never purged counts as purged at the end.
     */
    public static Map<String, Double> summary(List<double[]> rows, double from) {
        Map<String, Double> summary = new LinkedHashMap<>();
        List<double[]> steady = new ArrayList<>();
        for (double[] r : rows) {
            if (r[0] >= from && r[0] > 0) {
                steady.add(r);
            }
        }
        for (int c = 2; c < COLUMNS.size() + 1; c++) {
            summary.put(COLUMNS.get(c - 1), mean(steady, c));
        }
        int col = COLUMNS.indexOf("dead_share") + 1;
        double max = 0;
        double rose = -1;
        double purged = -1;
        for (double[] r : rows) {
            max = Math.max(max, r[col]);
            if (rose < 0 && r[col] > DEAD_THRESHOLD) {
                rose = r[0];
            } else if (rose >= 0 && purged < 0 && r[col] <= DEAD_THRESHOLD) {
                purged = r[0];
            }
        }
        double end = rows.isEmpty() ? 0 : rows.get(rows.size() - 1)[0];
        summary.put("dead_share_max", max);
        summary.put("dead_purge_s", rose < 0 ? 0 : (purged < 0 ? end : purged) - rose);
        summary.put("dead_purged", rose < 0 || purged >= 0 ? 1.0 : 0.0);
        return summary;
    }

    private static double mean(List<double[]> rows, int column) {
        double sum = 0;
        for (double[] r : rows) {
            sum += r[column];
        }
        return rows.isEmpty() ? 0 : sum / rows.size();
    }
}
