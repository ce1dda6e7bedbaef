package io.gossamer.sim.net;

import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.RandomStreams;
import java.util.Arrays;

/**
 * The network's per-node state and traffic counters, in primitive arrays indexed by node id.
 * The hot part is packed {@value #STRIDE} longs a node (one cache line): alive state, the
 * latency and loss streams, and the sent, received and dropped counters, so that a send or a
 * delivery touches one place in memory per node. Dropped bytes and NAT types, rarely
 * touched, are apart (the NAT array exists only once a private node does).
 */
final class NodeTable {
    static final int STRIDE = 8;
    private static final long ALIVE = 1;
    private static final long DEAD = 2;
    private static final int STATE = 0;
    private static final int LATENCY_STREAM = 1;
    private static final int LOSS_STREAM = 2;
    private static final int SENT_MESSAGES = 3;
    private static final int SENT_BYTES = 4;
    private static final int RECEIVED_MESSAGES = 5;
    private static final int RECEIVED_BYTES = 6;
    private static final int DROPPED_MESSAGES = 7;

    private final RandomStreams streams;
    /** One generator whose state is swapped in and out: per-node streams cost two longs, not an object. */
    private final RandomStream cursor = new RandomStream(0);
    private int capacity;
    private long[] data = new long[0];
    /** Bytes dropped per node; null until the first drop (many runs drop nothing: 8 MB at 1M nodes). */
    private long[] droppedBytes;
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
        if (droppedBytes != null) {
            droppedBytes = Arrays.copyOf(droppedBytes, n);
        }
        data = Arrays.copyOf(data, Math.multiplyExact(n, STRIDE));
        if (nat != null) {
            nat = Arrays.copyOf(nat, n);
        }
        for (int i = old; i < n; i++) {
            data[i * STRIDE + LATENCY_STREAM] = streams.seed("net.latency", i);
            data[i * STRIDE + LOSS_STREAM] = streams.seed("net.loss", i);
        }
        capacity = n;
    }

    // ---------------------------------------------------------------- state

    /** Marks a node alive or dead; true if it was alive before. */
    boolean setAlive(int node, boolean alive) {
        boolean wasAlive = data[node * STRIDE + STATE] == ALIVE;
        data[node * STRIDE + STATE] = alive ? ALIVE : DEAD;
        return wasAlive;
    }

    boolean isAlive(int node) {
        return node >= 0 && node < capacity && data[node * STRIDE + STATE] == ALIVE;
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
        int at = src * STRIDE + LATENCY_STREAM;
        cursor.setState(data[at]);
        long delay = model.delay(src, dst, cursor);
        data[at] = cursor.state();
        return delay;
    }

    /** One loss draw from the sender's stream. */
    boolean lost(LossModel model, int src, int dst) {
        int at = src * STRIDE + LOSS_STREAM;
        cursor.setState(data[at]);
        boolean lost = model.lost(src, dst, cursor);
        data[at] = cursor.state();
        return lost;
    }

    // ---------------------------------------------------------------- counters

    void countSent(int src, int size) {
        int at = src * STRIDE;
        data[at + SENT_MESSAGES]++;
        data[at + SENT_BYTES] += size;
        totalSent++;
    }

    void countReceived(int dst, int size) {
        int at = dst * STRIDE;
        data[at + RECEIVED_MESSAGES]++;
        data[at + RECEIVED_BYTES] += size;
        totalDelivered++;
    }

    void countDropped(int dst, int size, DropReason reason) {
        data[dst * STRIDE + DROPPED_MESSAGES]++;
        if (droppedBytes == null) {
            droppedBytes = new long[capacity];
        }
        droppedBytes[dst] += size;
        dropsByReason[reason.ordinal()]++;
    }

    NodeTraffic traffic(int node) {
        if (node < 0 || node >= capacity) {
            return new NodeTraffic(0, 0, 0, 0, 0, 0);
        }
        int at = node * STRIDE;
        return new NodeTraffic(data[at + SENT_MESSAGES], data[at + SENT_BYTES], data[at + RECEIVED_MESSAGES],
                data[at + RECEIVED_BYTES], data[at + DROPPED_MESSAGES], droppedBytes == null ? 0 : droppedBytes[node]);
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
