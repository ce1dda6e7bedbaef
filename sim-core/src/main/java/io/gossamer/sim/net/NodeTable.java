package io.gossamer.sim.net;

import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.RandomStreams;
import java.util.Arrays;

/**
 * The network's per-node state and traffic counters, in primitive arrays indexed by node id.
 * The hot part is packed {@value #STRIDE} longs (32 bytes) a node, so that a send or a delivery
 * touches one place in memory per node and a million nodes take 32 MB:
 * <ul>
 * <li>the latency stream's state;
 * <li>the bytes sent, with a flag of the peer filter in the top bit (63 bits of bytes never overflow);
 * <li>the bytes received;
 * <li>the messages sent (low 32 bits) and received (high 32 bits), each as an unsigned int
 *     whose carries go to a column made at the first one (four billion messages at one node).
 * </ul>
 * A run that opens connections widens this to {@value #WIDE_STRIDE} longs (128 bytes) a node at
 * its first handshake, with the node's connection state beside its traffic: how many entries
 * its {@link ConnectionTable} list holds and the slot of the last connection it accepted (in
 * one word), that connection's opener and where the list is (in one word), the
 * connections it opened and accepted, and eight words that hold either the list itself, while
 * it has eight pairs or fewer ({@link #inlinePair}), or a filter of the peers a longer list
 * holds ({@link #mayBePeer}). A
 * handshake's steps and a send over a connection then find the counters they update in the
 * line the latency draw reads anyway, instead of one array each (at 100,000 nodes and more,
 * every separate array is a cache miss per step); a run without connections keeps the narrow
 * rows. The opener beside the last accepted slot lets a lookup for any other peer (a new
 * shuffle's request) pass it by without reading the slot, a cache miss in a large run.
 * The loss streams (made at the first loss draw, seeded as they would have been up front),
 * the drops, the failed handshakes and the NAT types, rarely touched, are columns apart,
 * each made when first needed.
 */
final class NodeTable {
    static final int STRIDE = 4;
    private static final int LATENCY_STREAM = 0;
    private static final int SENT_BYTES = 1;
    private static final int RECEIVED_BYTES = 2;
    private static final int MESSAGES = 3;
    static final int WIDE_STRIDE = 16;
    private static final int CONNECTIONS = 4;
    /** Beside {@link #CONNECTIONS}: a lookup reads both, and six words straddle fewer cache lines than eight. */
    private static final int LAST_PEER = 5;
    private static final int OPENED = 6;
    private static final int ACCEPTED = 7;
    /** The first of the {@value #PEER_FILTER_WORDS} words of the peer filter (see {@link #mayBePeer}). */
    private static final int PEER_FILTER = 8;
    static final int PEER_FILTER_WORDS = 8;
    private static final long LOW = 0xFFFF_FFFFL;
    /** In the sent bytes' word: a peer left the node's connection list since its filter was made. */
    private static final long PEERS_REMOVED = Long.MIN_VALUE;

    private final RandomStreams streams;
    /** One generator whose state is swapped in and out: per-node streams cost two longs, not an object. */
    private final RandomStream cursor = new RandomStream(0);
    private int capacity;
    /** {@link #STRIDE}, or {@link #WIDE_STRIDE} once connections are used. */
    private int stride = STRIDE;
    private long[] data = new long[0];
    /**
     * A bit per node, set while it is alive: apart from the rows, so that a step that only
     * asks whether a node is alive (a handshake's answer asks it of the acceptor, whose row it
     * does not otherwise read) finds the answer in a few kilobytes that stay in the cache.
     */
    private long[] alive = new long[0];
    /** Loss stream per node; null until the first loss draw (most runs have no loss model). */
    private long[] lossStreams;
    /** Handshakes each node failed to open; null until the first failure. */
    private long[] failedHandshakes;
    /** Messages and bytes dropped per node; null until the first drop. */
    private long[] droppedMessages;
    private long[] droppedBytes;
    /** Carries of the 32-bit message counters (in units of 2^32); null until the first. */
    private long[] sentCarries;
    private long[] receivedCarries;
    private final long[] dropsByReason = new long[DropReason.values().length];
    /** NAT type per node (null entries: public); the array is null while every node is public. */
    private NatType[] nat;
    private long totalSent;
    private long totalDelivered;

    NodeTable(RandomStreams streams) {
        this.streams = streams;
    }

    int capacity() {
        return capacity;
    }

    /** Grows the tables to {@code n} nodes; new nodes get their own latency and loss streams. */
    void resize(int n) {
        int old = capacity;
        data = Arrays.copyOf(data, Math.multiplyExact(n, stride));
        alive = Arrays.copyOf(alive, (n + 63) >>> 6);
        for (int i = old; i < n; i++) {
            data[i * stride + LATENCY_STREAM] = streams.seed("net.latency", i);
        }
        if (lossStreams != null) {
            lossStreams = Arrays.copyOf(lossStreams, n);
            seedLoss(old, n);
        }
        failedHandshakes = grown(failedHandshakes, n);
        droppedMessages = grown(droppedMessages, n);
        droppedBytes = grown(droppedBytes, n);
        sentCarries = grown(sentCarries, n);
        receivedCarries = grown(receivedCarries, n);
        if (nat != null) {
            nat = Arrays.copyOf(nat, n);
        }
        capacity = n;
    }

    private static long[] grown(long[] column, int n) {
        return column == null ? null : Arrays.copyOf(column, n);
    }

    /** Makes room for the connection state beside each node's traffic (once; see the class comment). */
    void widen() {
        if (stride == WIDE_STRIDE) {
            return;
        }
        long[] wide = new long[Math.multiplyExact(capacity, WIDE_STRIDE)];
        for (int i = 0; i < capacity; i++) {
            System.arraycopy(data, i * STRIDE, wide, i * WIDE_STRIDE, STRIDE);
        }
        data = wide;
        stride = WIDE_STRIDE;
    }

    private void seedLoss(int from, int to) {
        for (int i = from; i < to; i++) {
            lossStreams[i] = streams.seed("net.loss", i);
        }
    }

    // ---------------------------------------------------------------- state

    /** Marks a node alive or dead; true if it was alive before. */
    boolean setAlive(int node, boolean alive) {
        long bit = 1L << node;
        long word = this.alive[node >>> 6];
        this.alive[node >>> 6] = alive ? word | bit : word & ~bit;
        return (word & bit) != 0;
    }

    boolean isAlive(int node) {
        return node >= 0 && node < capacity && (alive[node >>> 6] & (1L << node)) != 0;
    }

    void setNat(int node, NatType type) {
        if (nat == null && type == NatType.OPEN) {
            return;
        }
        if (nat == null) {
            nat = new NatType[capacity];
        }
        nat[node] = type == NatType.OPEN ? null : type;
    }

    NatType natOf(int node) {
        return nat == null || node >= nat.length || nat[node] == null ? NatType.OPEN : nat[node];
    }

    /** True if the node is behind a NAT (the common all-public case is one null check). */
    boolean isPrivate(int node) {
        return nat != null && nat[node] != null;
    }

    // ---------------------------------------------------------------- draws

    /** One latency draw from the sender's stream. */
    long latency(LatencyModel model, int src, int dst) {
        int at = src * stride + LATENCY_STREAM;
        cursor.setState(data[at]);
        long delay = model.delay(src, dst, cursor);
        data[at] = cursor.state();
        return delay;
    }

    /** One loss draw from the sender's stream. */
    boolean lost(LossModel model, int src, int dst) {
        if (lossStreams == null) {
            lossStreams = new long[capacity];
            seedLoss(0, capacity);
        }
        cursor.setState(lossStreams[src]);
        boolean lost = model.lost(src, dst, cursor);
        lossStreams[src] = cursor.state();
        return lost;
    }

    // ---------------------------------------------------------------- counters

    void countSent(int src, int size) {
        int at = src * stride;
        data[at + SENT_BYTES] += size;
        long m = data[at + MESSAGES];
        if ((m & LOW) == LOW) {
            if (sentCarries == null) {
                sentCarries = new long[capacity];
            }
            sentCarries[src]++;
            data[at + MESSAGES] = m & ~LOW;
        } else {
            data[at + MESSAGES] = m + 1;
        }
        totalSent++;
    }

    /**
     * For a read ahead of a delivery to {@code node} from {@code from}: the slot of the
     * connection {@code node} accepted last if {@code from} opened it (a reply will look it up
     * first), else -1.
     */
    int replySlot(int node, int from) {
        if (stride != WIDE_STRIDE || node < 0 || node >= capacity) {
            return -1;
        }
        return lastAcceptedPeer(node) == from ? lastAccepted(node) : -1;
    }

    /** Reads node's received-bytes word, in the row's first line (see {@link io.gossamer.sim.core.EventSink#readAhead}); 0 for no node. */
    long readAhead(int node) {
        long at = (long) node * stride + RECEIVED_BYTES;
        return node >= 0 && at < data.length ? data[(int) at] : 0;
    }

    void countReceived(int dst, int size) {
        int at = dst * stride;
        data[at + RECEIVED_BYTES] += size;
        long m = data[at + MESSAGES];
        if ((m >>> 32) == LOW) {
            if (receivedCarries == null) {
                receivedCarries = new long[capacity];
            }
            receivedCarries[dst]++;
            data[at + MESSAGES] = m & LOW;
        } else {
            data[at + MESSAGES] = m + (1L << 32);
        }
        totalDelivered++;
    }

    void countDropped(int dst, int size, DropReason reason) {
        if (droppedMessages == null) {
            droppedMessages = new long[capacity];
            droppedBytes = new long[capacity];
        }
        droppedMessages[dst]++;
        droppedBytes[dst] += size;
        dropsByReason[reason.ordinal()]++;
    }

    // ---------------------------------------------------------------- connections (wide rows only)

    /** How many entries {@code node}'s connection list holds. */
    int connectionCount(int node) {
        return (int) data[node * WIDE_STRIDE + CONNECTIONS];
    }

    void connectionCount(int node, int count) {
        int at = node * WIDE_STRIDE + CONNECTIONS;
        data[at] = (data[at] & ~LOW) | (count & LOW);
    }

    /** The slot of the last connection listed with {@code node} as its acceptor, or -1. */
    int lastAccepted(int node) {
        return (int) (data[node * WIDE_STRIDE + CONNECTIONS] >>> 32) - 1;
    }

    /** The opener of {@link #lastAccepted} (meaningless while that is -1). */
    int lastAcceptedPeer(int node) {
        return (int) data[node * WIDE_STRIDE + LAST_PEER];
    }

    /** {@code node} accepted connection {@code slot}, which {@code opener} opened. */
    void lastAccepted(int node, int slot, int opener) {
        int at = node * WIDE_STRIDE + CONNECTIONS;
        data[at] = (data[at] & LOW) | ((long) (slot + 1) << 32);
        int peer = node * WIDE_STRIDE + LAST_PEER;
        data[peer] = (data[peer] & ~LOW) | (opener & LOW);
    }

    // The peer filter: a blocked Bloom filter of 512 bits over the ids that node's connection
    // list holds (perhaps more: an entry removed leaves its bits until a lookup that scanned
    // the list in vain makes the filter again, see ConnectionTable.get). A peer sets two bits
    // of one of the eight words, chosen by its hash, so a test reads one word and never two
    // cache lines; at a hundred peers it lets about as many others through (a tenth) as two
    // bits anywhere in the 512 would. A lookup for a peer the node has no connection with,
    // such as every new shuffle partner, then reads that word and returns, where it scanned
    // the whole list (a kilobyte at Cyclon's hundred connections a node, one cache miss after
    // another).

    private static long peerBits(int peer) {
        int h = peer * 0x9E3779B9;
        return 1L << (h >>> 23) | 1L << (h >>> 17);
    }

    private static int peerWord(int peer) {
        return (peer * 0x9E3779B9) >>> 29;
    }

    /** False if {@code peer} is certainly not in {@code node}'s connection list. */
    boolean mayBePeer(int node, int peer) {
        long bits = peerBits(peer);
        return (data[node * WIDE_STRIDE + PEER_FILTER + peerWord(peer)] & bits) == bits;
    }

    /** Adds {@code peer} to {@code node}'s peer filter. */
    void addPeer(int node, int peer) {
        data[node * WIDE_STRIDE + PEER_FILTER + peerWord(peer)] |= peerBits(peer);
    }

    /**
     * Pair {@code i} of a connection list kept in the row, in the filter's words (a list of
     * {@value #PEER_FILTER_WORDS} pairs or fewer has no chunk and needs no filter): the other
     * end's id in the low half, the slot in the high half.
     */
    long inlinePair(int node, int i) {
        return data[node * WIDE_STRIDE + PEER_FILTER + i];
    }

    void inlinePair(int node, int i, long pair) {
        data[node * WIDE_STRIDE + PEER_FILTER + i] = pair;
    }

    /** Empties {@code node}'s peer filter (before adding its listed peers again). */
    void clearPeers(int node) {
        int at = node * WIDE_STRIDE + PEER_FILTER;
        for (int i = 0; i < PEER_FILTER_WORDS; i++) {
            data[at + i] = 0;
        }
        data[node * WIDE_STRIDE + SENT_BYTES] &= ~PEERS_REMOVED;
    }

    /** A peer left {@code node}'s connection list; its bits stay in the filter. */
    void peerRemoved(int node) {
        data[node * WIDE_STRIDE + SENT_BYTES] |= PEERS_REMOVED;
    }

    /** True if a peer left {@code node}'s connection list since its filter was made (the filter may hold stale bits). */
    boolean peersRemoved(int node) {
        return data[node * WIDE_STRIDE + SENT_BYTES] < 0;
    }

    /** The {@link PairChunks} code of {@code node}'s connection list, 0 while it has none. */
    int connectionList(int node) {
        return (int) (data[node * WIDE_STRIDE + LAST_PEER] >>> 32);
    }

    void connectionList(int node, int code) {
        int at = node * WIDE_STRIDE + LAST_PEER;
        data[at] = (data[at] & LOW) | ((long) code << 32);
    }

    void countOpened(int node) {
        data[node * WIDE_STRIDE + OPENED]++;
    }

    void countAccepted(int node) {
        data[node * WIDE_STRIDE + ACCEPTED]++;
    }

    void countFailed(int node) {
        if (failedHandshakes == null) {
            failedHandshakes = new long[capacity];
        }
        failedHandshakes[node]++;
    }

    /** Connections {@code node} opened; 0 while the rows are narrow (no handshake yet). */
    long opened(int node) {
        return stride == WIDE_STRIDE ? data[node * WIDE_STRIDE + OPENED] : 0;
    }

    long accepted(int node) {
        return stride == WIDE_STRIDE ? data[node * WIDE_STRIDE + ACCEPTED] : 0;
    }

    long failed(int node) {
        return failedHandshakes == null ? 0 : failedHandshakes[node];
    }

    NodeTraffic traffic(int node) {
        if (node < 0 || node >= capacity) {
            return new NodeTraffic(0, 0, 0, 0, 0, 0);
        }
        int at = node * stride;
        long m = data[at + MESSAGES];
        long sent = (m & LOW) + (sentCarries == null ? 0 : sentCarries[node] << 32);
        long received = (m >>> 32) + (receivedCarries == null ? 0 : receivedCarries[node] << 32);
        return new NodeTraffic(sent, data[at + SENT_BYTES] & ~PEERS_REMOVED, received, data[at + RECEIVED_BYTES],
                droppedMessages == null ? 0 : droppedMessages[node], droppedBytes == null ? 0 : droppedBytes[node]);
    }

    long drops(DropReason reason) {
        return dropsByReason[reason.ordinal()];
    }

    long totalSent() {
        return totalSent;
    }

    long totalDelivered() {
        return totalDelivered;
    }
}
