package io.gossamer.sim.net;

import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.RandomStreams;
import java.util.Arrays;

/**
 * The simulated network: provides {@link Network} to every node (registered as a service, so a
 * component that requires Network is connected to it with its node id as key).
 *
 * <p>A send passes the model chain in this order: the sender's uplink (first in, first out:
 * {@code s} bytes hold it for {@code s / up}); partitions (sender and receiver in different
 * groups: dropped); loss; latency; the receiver's downlink (first in, first out, in arrival
 * order); delivery, dropped if the receiver is dead by then. Latency and loss draw from
 * per-sender streams, so one node's traffic never shifts another node's draws.
 *
 * <p>Per-node state is kept in primitive arrays indexed by node id.
 */
public final class SimNetwork extends ComponentDefinition {
    private static final long ALIVE = 1;
    private static final long DEAD = 2;

    private final ProvidedPort<Network> port = provides(Network.class);
    private LatencyModel latency;
    private LossModel loss;
    private final LinkCapacity defaultCapacity;
    private final RandomStreams streams;
    private final RandomStream cursor = new RandomStream(0);
    private final int deliverSink;
    private final int arriveSink;

    private int capacity;
    /**
     * Per-node streams and counters, packed {@value #STRIDE} longs a node so that a send or a
     * delivery touches one place in memory per node.
     */
    private long[] nodeData = new long[0];
    private static final int STRIDE = 8;
    private static final int STATE = 0;
    private static final int LATENCY_STREAM = 1;
    private static final int LOSS_STREAM = 2;
    private static final int SENT_MESSAGES = 3;
    private static final int SENT_BYTES = 4;
    private static final int RECEIVED_MESSAGES = 5;
    private static final int RECEIVED_BYTES = 6;
    private static final int DROPPED_MESSAGES = 7;
    /** Dropped bytes per node, apart: drops are the rare case. */
    private long[] droppedBytes = new long[0];
    /** Bandwidth state; null until a node with a limited link appears. */
    private double[] upNanosPerByte;
    private double[] downNanosPerByte;
    private long[] upFreeAt;
    private long[] downFreeAt;
    /** Partition group per node; null when the network is whole. */
    private int[] group;
    private final long[] dropsByReason = new long[DropReason.values().length];
    private long totalSent;
    private long totalDelivered;

    /** Creates the network for the given model chain; the node host does this. */
    public SimNetwork(Config config) {
        NetworkConfig c = config.network();
        this.latency = c.latency();
        this.loss = c.loss();
        this.defaultCapacity = c.defaultCapacity();
        this.streams = simulation().random();
        this.deliverSink = simulation().registerSink("net.deliver", (dst, msg) -> deliver(dst, (Message) msg));
        this.arriveSink = simulation().registerSink("net.arrive", (dst, msg) -> arrive(dst, (Message) msg));
        subscribe(port, Message.class, SimNetwork::onSend);
        subscribe(port, Multicast.class, SimNetwork::onMulticast);
        simulation().registerService(port);
    }

    /**
     * Init value of the network component.
     *
     * @param network the model chain
     */
    public record Config(NetworkConfig network) implements Init<SimNetwork> {
    }

    /** The provided port (for connecting components of no node). */
    public ProvidedPort<Network> port() {
        return port;
    }

    // ------------------------------------------------------------------ nodes

    /** Sizes the per-node arrays for ids below {@code nodes} at once (avoids regrowth). */
    public void reserve(int nodes) {
        if (nodes > capacity) {
            resize(nodes);
        }
    }

    /** Marks a node alive (it receives messages) or dead (messages to it are dropped). */
    public void setAlive(int node, boolean alive) {
        ensure(node);
        nodeData[node * STRIDE + STATE] = alive ? ALIVE : DEAD;
    }

    /** True if the node is alive. */
    public boolean isAlive(int node) {
        return node >= 0 && node < capacity && nodeData[node * STRIDE + STATE] == ALIVE;
    }

    /** Gives a node its own access link. */
    public void setCapacity(int node, LinkCapacity link) {
        ensure(node);
        if (upNanosPerByte == null && link.equals(LinkCapacity.UNLIMITED)) {
            return;
        }
        ensureBandwidthState();
        upNanosPerByte[node] = link.uplinkNanosPerByte();
        downNanosPerByte[node] = link.downlinkNanosPerByte();
    }

    /** Replaces the latency model for messages sent from now on (those under way keep theirs). */
    public void setLatency(LatencyModel model) {
        if (model == null) {
            throw new IllegalArgumentException("a latency model is required");
        }
        latency = model;
    }

    /** Replaces the loss model for messages sent from now on. */
    public void setLoss(LossModel model) {
        if (model == null) {
            throw new IllegalArgumentException("a loss model is required (LossModel.NONE for none)");
        }
        loss = model;
    }

    // ------------------------------------------------------------------ partitions

    /**
     * Splits the network: each array lists the nodes of one group; nodes not listed form one
     * more group together. Messages between groups are dropped from now on.
     */
    public void partition(int[]... groups) {
        for (int[] members : groups) {
            for (int node : members) {
                ensure(node);
            }
        }
        int[] g = new int[capacity];
        for (int i = 0; i < groups.length; i++) {
            for (int node : groups[i]) {
                g[node] = i + 1;
            }
        }
        group = g;
    }

    /** Makes the network whole again. */
    public void heal() {
        group = null;
    }

    /** True if messages from {@code a} to {@code b} are dropped by a partition now. */
    public boolean isPartitioned(int a, int b) {
        return group != null && groupOf(a) != groupOf(b);
    }

    private int groupOf(int node) {
        return node < group.length ? group[node] : 0;
    }

    // ------------------------------------------------------------------ statistics

    /** What one node sent, received and had dropped. */
    public NodeTraffic traffic(int node) {
        if (node < 0 || node >= capacity) {
            return new NodeTraffic(0, 0, 0, 0, 0, 0);
        }
        int at = node * STRIDE;
        return new NodeTraffic(nodeData[at + SENT_MESSAGES], nodeData[at + SENT_BYTES],
                nodeData[at + RECEIVED_MESSAGES], nodeData[at + RECEIVED_BYTES],
                nodeData[at + DROPPED_MESSAGES], droppedBytes[node]);
    }

    /** Messages dropped for a reason, over all nodes. */
    public long drops(DropReason reason) {
        return dropsByReason[reason.ordinal()];
    }

    /** Messages sent, over all nodes (each multicast target counts once). */
    public long totalSent() {
        return totalSent;
    }

    /** Messages delivered, over all nodes. */
    public long totalDelivered() {
        return totalDelivered;
    }

    // ------------------------------------------------------------------ sending

    private void onSend(Message message) {
        send(message, message.destination().id());
    }

    private void onMulticast(Multicast multicast) {
        Message message = multicast.message();
        int excluded = multicast.excluded();
        for (int i = multicast.from(), end = multicast.to(); i < end; i++) {
            int target = multicast.entry(i);
            if (target != excluded) {
                send(message, target);
            }
        }
    }

    private void send(Message message, int dst) {
        int src = message.source().id();
        if (dst < 0) {
            throw new IllegalArgumentException("cannot send " + message + " to node " + dst);
        }
        ensure(Math.max(src, dst));
        int size = message.sizeBytes();
        long[] data = nodeData;
        int at = src * STRIDE;
        data[at + SENT_MESSAGES]++;
        data[at + SENT_BYTES] += size;
        totalSent++;
        long now = now();
        long departure = now;
        if (upNanosPerByte != null && upNanosPerByte[src] > 0) {
            long start = Math.max(now, upFreeAt[src]);
            departure = start + serialization(size, upNanosPerByte[src]);
            upFreeAt[src] = departure;
        }
        if (group != null && groupOf(src) != groupOf(dst)) {
            drop(dst, size, DropReason.PARTITION);
            return;
        }
        if (loss != LossModel.NONE) {
            cursor.setState(data[at + LOSS_STREAM]);
            boolean lost = loss.lost(src, dst, cursor);
            data[at + LOSS_STREAM] = cursor.state();
            if (lost) {
                drop(dst, size, DropReason.LOSS);
                return;
            }
        }
        cursor.setState(data[at + LATENCY_STREAM]);
        long delay = latency.delay(src, dst, cursor);
        data[at + LATENCY_STREAM] = cursor.state();
        long arrival = departure + delay;
        boolean limitedDownlink = downNanosPerByte != null && downNanosPerByte[dst] > 0;
        simulation().schedule(arrival, limitedDownlink ? arriveSink : deliverSink, dst, message);
    }

    private static long serialization(int size, double nanosPerByte) {
        return (long) Math.ceil(size * nanosPerByte);
    }

    /** The message reached the receiver's downlink, which serves arrivals first come first served. */
    private void arrive(int dst, Message message) {
        long start = Math.max(now(), downFreeAt[dst]);
        long done = start + serialization(message.sizeBytes(), downNanosPerByte[dst]);
        downFreeAt[dst] = done;
        simulation().schedule(done, deliverSink, dst, message);
    }

    private void deliver(int dst, Message message) {
        int size = message.sizeBytes();
        int at = dst * STRIDE;
        if (nodeData[at + STATE] != ALIVE) {
            drop(dst, size, DropReason.DEAD_NODE);
            return;
        }
        if (!simulation().hasKey(port, dst)) {
            drop(dst, size, DropReason.NO_RECEIVER);
            return;
        }
        // Counted before the handlers run, so they see their own receipt in the counters.
        nodeData[at + RECEIVED_MESSAGES]++;
        nodeData[at + RECEIVED_BYTES] += size;
        totalDelivered++;
        simulation().deliverToKeyNow(port, dst, message);
    }

    private void drop(int dst, int size, DropReason reason) {
        nodeData[dst * STRIDE + DROPPED_MESSAGES]++;
        droppedBytes[dst] += size;
        dropsByReason[reason.ordinal()]++;
    }

    // ------------------------------------------------------------------ arrays

    private void ensure(int node) {
        if (node >= capacity) {
            resize(Math.max(node + 1, capacity + (capacity >> 1) + 16));
        }
    }

    private void resize(int n) {
        int old = capacity;
        droppedBytes = Arrays.copyOf(droppedBytes, n);
        nodeData = Arrays.copyOf(nodeData, Math.multiplyExact(n, STRIDE));
        for (int i = old; i < n; i++) {
            nodeData[i * STRIDE + LATENCY_STREAM] = streams.seed("net.latency", i);
            nodeData[i * STRIDE + LOSS_STREAM] = streams.seed("net.loss", i);
        }
        capacity = n;
        if (upNanosPerByte != null) {
            growBandwidthState(old);
        } else if (!defaultCapacity.equals(LinkCapacity.UNLIMITED)) {
            ensureBandwidthState();
        }
    }

    private void ensureBandwidthState() {
        if (upNanosPerByte == null) {
            upNanosPerByte = new double[0];
            downNanosPerByte = new double[0];
            upFreeAt = new long[0];
            downFreeAt = new long[0];
            growBandwidthState(0);
        }
    }

    private void growBandwidthState(int from) {
        upNanosPerByte = Arrays.copyOf(upNanosPerByte, capacity);
        downNanosPerByte = Arrays.copyOf(downNanosPerByte, capacity);
        upFreeAt = Arrays.copyOf(upFreeAt, capacity);
        downFreeAt = Arrays.copyOf(downFreeAt, capacity);
        Arrays.fill(upNanosPerByte, from, capacity, defaultCapacity.uplinkNanosPerByte());
        Arrays.fill(downNanosPerByte, from, capacity, defaultCapacity.downlinkNanosPerByte());
    }
}
