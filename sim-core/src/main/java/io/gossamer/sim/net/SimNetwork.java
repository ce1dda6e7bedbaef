package io.gossamer.sim.net;

import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.RandomStreams;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenHashMap;
import java.util.ArrayList;
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
 * <p>Connections ({@link Transport#STREAM} messages, {@link Connect}, {@link Disconnect}): a
 * handshake costs a round trip (the SYN from the opener, the answer back) and counts as one
 * connection established by the opener and one accepted by the other end. It fails, after
 * the connect timeout, if the other end is dead, across a partition, or private (unless hole
 * punching is enabled and the NAT types allow it); a refusal by a NAT is counted as a NAT
 * drop. Messages sent before the handshake completes wait for it; over an open connection
 * they are reliable (no loss model), still subject to bandwidth, latency and partitions.
 * Implicitly opened connections close after the idle timeout; when a node dies, its peers
 * learn that their connections to it are closed after the failure-detection delay.
 *
 * <p>NAT: a datagram to a private node is delivered only if the two ends have an open
 * connection (which the private node must have opened, or accepted by hole punching);
 * anything else is dropped as {@link DropReason#NAT}. The check is made when the message is
 * sent.
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
    /** NAT type per node (null entries: public); the array is null while every node is public. */
    private NatType[] nat;
    private final ConnectionConfig connectionConfig;
    private final Long2ObjectOpenHashMap<Connection> connections = new Long2ObjectOpenHashMap<>();
    /** The other ends of each node's connections (open or opening); null for none. */
    private IntArrayList[] peersOf;
    /** Connection counters per node; these arrays stay null until the first handshake. */
    private long[] connectionsOpened;
    private long[] connectionsAccepted;
    private long[] connectionsFailed;
    private final int synSink;
    private final int answerSink;
    private final int failSink;
    private final int idleSink;
    private final int signalSink;
    private long totalSent;
    private long totalDelivered;
    /** The run's traffic observers, one or a composite; null while none is registered. */
    private TrafficObserver observer;

    /** Creates the network for the given model chain; the node host does this. */
    public SimNetwork(Config config) {
        NetworkConfig c = config.network();
        this.latency = c.latency();
        this.loss = c.loss();
        this.defaultCapacity = c.defaultCapacity();
        this.connectionConfig = c.connections();
        this.streams = simulation().random();
        this.deliverSink = simulation().registerSink("net.deliver", (dst, msg) -> deliver(dst, (Message) msg));
        this.arriveSink = simulation().registerSink("net.arrive", (dst, msg) -> arrive(dst, (Message) msg));
        subscribe(port, Message.class, SimNetwork::onSend);
        subscribe(port, Multicast.class, SimNetwork::onMulticast);
        subscribe(port, Connect.class, SimNetwork::onConnect);
        subscribe(port, Disconnect.class, SimNetwork::onDisconnect);
        this.synSink = simulation().registerSink("net.syn", (dst, conn) -> onSyn((Connection) conn));
        this.answerSink = simulation().registerSink("net.syn-answer", (dst, conn) -> onAnswer((Connection) conn));
        this.failSink = simulation().registerSink("net.connect-failed", (dst, conn) -> onConnectFailed((Connection) conn));
        this.idleSink = simulation().registerSink("net.idle", (dst, conn) -> onIdleCheck((Connection) conn));
        this.signalSink = simulation().registerSink("net.signal", this::signalNow);
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
        boolean wasAlive = nodeData[node * STRIDE + STATE] == ALIVE;
        nodeData[node * STRIDE + STATE] = alive ? ALIVE : DEAD;
        if (wasAlive && !alive) {
            breakConnections(node);
        }
    }

    /** Sets a node's NAT type ({@link NatType#OPEN} for a public node, the default). */
    public void setNat(int node, NatType type) {
        ensure(node);
        if (nat == null && type == NatType.OPEN) {
            return;
        }
        if (nat == null) {
            nat = new NatType[capacity];
        }
        nat[node] = type == NatType.OPEN ? null : type;
    }

    /** A node's NAT type. */
    public NatType natOf(int node) {
        return nat == null || node >= nat.length || nat[node] == null ? NatType.OPEN : nat[node];
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

    /** One node's connection counters. */
    public ConnectionStats connections(int node) {
        if (node < 0 || node >= capacity || peersOf == null) {
            return new ConnectionStats(0, 0, 0, 0);
        }
        return new ConnectionStats(connectionsOpened[node], connectionsAccepted[node], connectionsFailed[node],
                openConnections(node));
    }

    /** True if {@code a} and {@code b} have an open connection now. */
    public boolean isConnected(int a, int b) {
        Connection c = connections.get(Connection.key(a, b));
        return c != null && c.established && !expired(c);
    }

    private int openConnections(int node) {
        IntArrayList peers = peersOf == null ? null : peersOf[node];
        if (peers == null) {
            return 0;
        }
        int open = 0;
        for (int i = 0; i < peers.size(); i++) {
            Connection c = connections.get(Connection.key(node, peers.getInt(i)));
            if (c != null && c.established && !expired(c)) {
                open++;
            }
        }
        return open;
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

    // ------------------------------------------------------------------ observers

    /**
     * Shows {@code observer} every send, delivery and drop from now on (see
     * {@link TrafficObserver}). Observing queues no event and changes nothing in the run;
     * without observers the network pays one null check per send, delivery and drop. Several
     * observers are called in registration order.
     */
    public void observe(TrafficObserver observer) {
        if (observer == null) {
            throw new IllegalArgumentException("an observer is required");
        }
        this.observer = this.observer == null ? observer : new TrafficObservers(this.observer, observer);
    }

    /** Two observers called in order (a chain of them for more). */
    private record TrafficObservers(TrafficObserver first, TrafficObserver second) implements TrafficObserver {
        @Override
        public void sent(int node, Message message, int copies) {
            first.sent(node, message, copies);
            second.sent(node, message, copies);
        }

        @Override
        public void delivered(int node, Message message) {
            first.delivered(node, message);
            second.delivered(node, message);
        }

        @Override
        public void dropped(int node, Message message, DropReason reason) {
            first.dropped(node, message, reason);
            second.dropped(node, message, reason);
        }
    }

    // ------------------------------------------------------------------ sending

    private void onSend(Message message) {
        if (observer != null) {
            observer.sent(message.source().id(), message, 1);
        }
        send(message, message.destination().id());
    }

    private void onMulticast(Multicast multicast) {
        Message message = multicast.message();
        int excluded = multicast.excluded();
        if (observer != null) {
            int copies = 0;
            for (int i = multicast.from(), end = multicast.to(); i < end; i++) {
                copies += multicast.entry(i) != excluded ? 1 : 0;
            }
            observer.sent(message.source().id(), message, copies);
        }
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
        if (message.transport() == Transport.STREAM && src != dst) {
            sendOverConnection(message, src, dst);
        } else if (nat != null && nat[dst] != null && src != dst && !useConnection(src, dst)) {
            countSent(src, message.sizeBytes());
            drop(dst, message, DropReason.NAT);
        } else {
            transmit(message, src, dst, true);
        }
    }

    private void countSent(int src, int size) {
        nodeData[src * STRIDE + SENT_MESSAGES]++;
        nodeData[src * STRIDE + SENT_BYTES] += size;
        totalSent++;
    }

    /** The model chain from the sender's uplink on; {@code lossy} is false over connections. */
    private void transmit(Message message, int src, int dst, boolean lossy) {
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
            drop(dst, message, DropReason.PARTITION);
            return;
        }
        if (lossy && loss != LossModel.NONE) {
            cursor.setState(data[at + LOSS_STREAM]);
            boolean lost = loss.lost(src, dst, cursor);
            data[at + LOSS_STREAM] = cursor.state();
            if (lost) {
                drop(dst, message, DropReason.LOSS);
                return;
            }
        }
        long arrival = departure + latencyDraw(src, dst);
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
            drop(dst, message, DropReason.DEAD_NODE);
            return;
        }
        if (!simulation().hasKey(port, dst)) {
            drop(dst, message, DropReason.NO_RECEIVER);
            return;
        }
        // Counted before the handlers run, so they see their own receipt in the counters.
        nodeData[at + RECEIVED_MESSAGES]++;
        nodeData[at + RECEIVED_BYTES] += size;
        totalDelivered++;
        if (observer != null) {
            observer.delivered(dst, message);
        }
        simulation().deliverToKeyNow(port, dst, message);
    }

    /** Counts a drop at the node the copy was addressed to; {@code message} is null for a refused handshake. */
    private void drop(int dst, Message message, DropReason reason) {
        nodeData[dst * STRIDE + DROPPED_MESSAGES]++;
        droppedBytes[dst] += message == null ? 0 : message.sizeBytes();
        dropsByReason[reason.ordinal()]++;
        if (observer != null && message != null) {
            observer.dropped(dst, message, reason);
        }
    }

    // ------------------------------------------------------------------ connections

    private void onConnect(Connect request) {
        int src = request.self().id();
        int dst = request.peer().id();
        ensure(Math.max(src, dst));
        Connection c = current(src, dst);
        if (c == null) {
            c = handshake(src, dst);
        } else if (c.established) {
            c.permanent = true;
            signalNow(src, new ConnectionEvent.Opened(addressOf(dst)));
            return;
        }
        c.permanent = true;
        c.announce = true;
    }

    private void onDisconnect(Disconnect request) {
        int src = request.self().id();
        int dst = request.peer().id();
        Connection c = src < 0 || dst < 0 ? null : connections.get(Connection.key(src, dst));
        if (c == null) {
            return;
        }
        remove(c);
        dropPending(c, DropReason.NOT_CONNECTED);
        if (c.established) {
            signalLater(now() + latencyDraw(src, dst), dst, new ConnectionEvent.Closed(addressOf(src)));
        }
    }

    private void sendOverConnection(Message message, int src, int dst) {
        Connection c = current(src, dst);
        if (c == null) {
            c = handshake(src, dst);
        }
        if (!c.established) {
            if (c.pending == null) {
                c.pending = new ArrayList<>(2);
            }
            c.pending.add(message);
            return;
        }
        c.lastUsed = now();
        transmit(message, src, dst, false);
    }

    /** True if a datagram from {@code src} may pass {@code dst}'s NAT; marks the connection used. */
    private boolean useConnection(int src, int dst) {
        Connection c = current(src, dst);
        if (c == null || !c.established) {
            return false;
        }
        c.lastUsed = now();
        return true;
    }

    /** The connection between two nodes, after closing it if it has been idle too long. */
    private Connection current(int a, int b) {
        Connection c = connections.get(Connection.key(a, b));
        if (c != null && c.established && expired(c)) {
            closeIdle(c);
            return null;
        }
        return c;
    }

    private boolean expired(Connection c) {
        return !c.permanent && now() - c.lastUsed >= connectionConfig.idleTimeout();
    }

    private Connection handshake(int src, int dst) {
        if (peersOf == null) {
            peersOf = new IntArrayList[capacity];
            connectionsOpened = new long[capacity];
            connectionsAccepted = new long[capacity];
            connectionsFailed = new long[capacity];
        }
        long now = now();
        Connection c = new Connection(src, dst, now);
        connections.put(Connection.key(src, dst), c);
        peers(src).add(dst);
        peers(dst).add(src);
        // The SYN is not subject to loss: a real stack retransmits it within the timeout.
        simulation().schedule(now + latencyDraw(src, dst), synSink, dst, c);
        return c;
    }

    private void onSyn(Connection c) {
        if (connections.get(Connection.key(c.opener, c.acceptor)) != c) {
            return;
        }
        int dst = c.acceptor;
        boolean punched = false;
        DropReason refusal = null;
        if (!isAlive(dst)) {
            refusal = DropReason.DEAD_NODE;
        } else if (isPartitioned(c.opener, dst)) {
            refusal = DropReason.PARTITION;
        } else if (!natOf(dst).isPublic()) {
            punched = connectionConfig.holePunching() && natOf(c.opener).canHolePunch(natOf(dst));
            if (!punched) {
                refusal = DropReason.NAT;
                drop(dst, null, DropReason.NAT);
            }
        }
        if (refusal != null) {
            c.failure = refusal;
            simulation().schedule(c.started + connectionConfig.connectTimeout(), failSink, c.opener, c);
            return;
        }
        connectionsAccepted[dst]++;
        long back = latencyDraw(dst, c.opener);
        // Hole punching goes through a rendezvous first: one more round trip.
        long extra = punched ? back + latencyDraw(c.opener, dst) : 0;
        simulation().schedule(now() + back + extra, answerSink, c.opener, c);
    }

    private void onAnswer(Connection c) {
        if (connections.get(Connection.key(c.opener, c.acceptor)) != c) {
            return;
        }
        if (!isAlive(c.acceptor)) {
            c.failure = DropReason.DEAD_NODE;
            simulation().schedule(Math.max(now(), c.started + connectionConfig.connectTimeout()), failSink, c.opener, c);
            return;
        }
        c.established = true;
        c.lastUsed = now();
        connectionsOpened[c.opener]++;
        if (c.announce) {
            signalNow(c.opener, new ConnectionEvent.Opened(addressOf(c.acceptor)));
        }
        ArrayList<Message> waiting = c.pending;
        c.pending = null;
        if (waiting != null) {
            for (Message m : waiting) {
                transmit(m, m.source().id(), m.source().id() == c.opener ? c.acceptor : c.opener, false);
            }
        }
        scheduleIdleCheck(c);
    }

    private void onConnectFailed(Connection c) {
        if (connections.get(Connection.key(c.opener, c.acceptor)) != c) {
            return;
        }
        remove(c);
        connectionsFailed[c.opener]++;
        dropPending(c, c.failure);
        signalNow(c.opener, new ConnectionEvent.Failed(addressOf(c.acceptor), c.failure));
    }

    private void scheduleIdleCheck(Connection c) {
        if (!c.permanent) {
            simulation().schedule(c.lastUsed + connectionConfig.idleTimeout(), idleSink, c.opener, c);
        }
    }

    private void onIdleCheck(Connection c) {
        if (connections.get(Connection.key(c.opener, c.acceptor)) != c || c.permanent) {
            return;
        }
        if (expired(c)) {
            closeIdle(c);
        } else {
            scheduleIdleCheck(c);
        }
    }

    private void closeIdle(Connection c) {
        remove(c);
        signalNow(c.opener, new ConnectionEvent.Closed(addressOf(c.acceptor)));
        signalNow(c.acceptor, new ConnectionEvent.Closed(addressOf(c.opener)));
    }

    /** A node died: its connections break; the other ends learn it after the detection delay. */
    private void breakConnections(int node) {
        IntArrayList peers = peersOf != null && node < peersOf.length ? peersOf[node] : null;
        if (peers == null || peers.isEmpty()) {
            return;
        }
        int[] others = peers.toIntArray();
        for (int other : others) {
            Connection c = connections.get(Connection.key(node, other));
            if (c == null) {
                continue;
            }
            if (!c.established && c.acceptor == node) {
                // The opener finds out through its handshake, which will fail.
                continue;
            }
            remove(c);
            if (c.established) {
                signalLater(now() + connectionConfig.failureDetection(), other,
                        new ConnectionEvent.Closed(addressOf(node)));
            }
        }
    }

    private void remove(Connection c) {
        connections.remove(Connection.key(c.opener, c.acceptor));
        peers(c.opener).rem(c.acceptor);
        peers(c.acceptor).rem(c.opener);
    }

    private void dropPending(Connection c, DropReason reason) {
        ArrayList<Message> waiting = c.pending;
        c.pending = null;
        if (waiting != null) {
            for (Message m : waiting) {
                int src = m.source().id();
                countSent(src, m.sizeBytes());
                drop(src == c.opener ? c.acceptor : c.opener, m, reason);
            }
        }
    }

    private IntArrayList peers(int node) {
        IntArrayList list = peersOf[node];
        if (list == null) {
            list = new IntArrayList(4);
            peersOf[node] = list;
        }
        return list;
    }

    private long latencyDraw(int src, int dst) {
        int at = src * STRIDE + LATENCY_STREAM;
        cursor.setState(nodeData[at]);
        long delay = latency.delay(src, dst, cursor);
        nodeData[at] = cursor.state();
        return delay;
    }

    private Address addressOf(int node) {
        return new Address(node, natOf(node));
    }

    private void signalLater(long time, int node, ConnectionEvent event) {
        simulation().schedule(time, signalSink, node, event);
    }

    /** Tells a live node about one of its connections (nothing if no component listens). */
    private void signalNow(int node, Object event) {
        if (isAlive(node) && simulation().hasKey(port, node)) {
            simulation().deliverToKeyNow(port, node, event);
        }
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
        if (peersOf != null) {
            peersOf = Arrays.copyOf(peersOf, n);
            connectionsOpened = Arrays.copyOf(connectionsOpened, n);
            connectionsAccepted = Arrays.copyOf(connectionsAccepted, n);
            connectionsFailed = Arrays.copyOf(connectionsFailed, n);
        }
        if (nat != null) {
            nat = Arrays.copyOf(nat, n);
        }
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
