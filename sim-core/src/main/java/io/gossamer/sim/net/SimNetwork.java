package io.gossamer.sim.net;

import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.ProvidedPort;

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
 * they are reliable: loss costs time, not the message. A copy the loss model takes is resent
 * after a retransmission timeout of {@code max(min-rto, 3 x the handshake's round trip)},
 * doubled at each further loss of the same copy (capped at 60 s), as TCP does; resends are
 * counted ({@link #retransmissions()}, {@link ConnectionStats#retransmitted()}), each pays the
 * uplink again, and copies are not held back behind a lost one (no head-of-line blocking).
 * The handshake itself is not subject to loss. Connections are still subject to bandwidth,
 * latency and partitions.
 * Implicitly opened connections close after the idle timeout; when a node dies, its peers
 * learn that their connections to it are closed after the failure-detection delay.
 *
 * <p>Processing ({@link ProcessingConfig}, free by default): each node is a single server (or
 * all share one). A copy that reaches a live node waits until the server has done the work
 * before it, occupies it for the receive cost, and is delivered to the node's components when
 * that is done (after the downlink, if the node's downlink is limited); a copy a node sends
 * occupies its server for the send cost before it leaves (before the uplink). A live run (a
 * {@link Wire}) charges nothing: its handling costs are real.
 *
 * <p>NAT: a datagram to a private node is delivered only if the two ends have an open
 * connection (which the private node must have opened, or accepted by hole punching);
 * anything else is dropped as {@link DropReason#NAT}. The check is made when the message is
 * sent.
 *
 * <p>The datagram chain is here; {@link ConnectionManager} keeps the connections (a state
 * per connection), {@link NodeTable} the per-node state, streams and counters in primitive
 * arrays indexed by node id, {@link Bandwidth} the access links.
 */
public final class SimNetwork extends ComponentDefinition {
    private final ProvidedPort<Network> port = provides(Network.class);
    private LatencyModel latency;
    private LossModel loss;
    private final LinkCapacity defaultCapacity;
    private final NodeTable nodes;
    private final int deliverSink;
    private final int arriveSink;
    private final ConnectionManager connections;
    /** Access links; null until a node with a limited link appears. */
    private Bandwidth bandwidth;
    /** Partition group per node; null when the network is whole. */
    private int[] group;
    /** The run's traffic observers, one or a composite; null while none is registered. */
    private TrafficObserver observer;
    /** Sent copies not yet delivered or dropped. */
    private long inFlight;
    private long refusedHandshakes;
    /** Real transport of a live run; null in a simulation. */
    private Wire wire;
    /** With a wire: true to apply the model chain before handing a copy to it (emulation). */
    private boolean emulate;
    private int wireSink = -1;
    private int wireArriveSink = -1;
    /** Per-node message handling; null when handling costs nothing (the default). */
    private final NodeServers processing;
    private final int handleSink;

    /** Creates the network for the given model chain; the node host does this. */
    public SimNetwork(Config config) {
        NetworkConfig c = config.network();
        this.latency = c.latency();
        this.loss = c.loss();
        this.defaultCapacity = c.defaultCapacity();
        this.nodes = new NodeTable(simulation().random());
        this.deliverSink = simulation().registerSink("net.deliver", (dst, msg) -> reached(dst, (Message) msg));
        this.arriveSink = simulation().registerSink("net.arrive", (dst, msg) -> arrive(dst, (Message) msg));
        subscribe(port, Message.class, SimNetwork::onSend);
        subscribe(port, Multicast.class, SimNetwork::onMulticast);
        subscribe(port, Connect.class, SimNetwork::onConnect);
        subscribe(port, Disconnect.class, SimNetwork::onDisconnect);
        this.connections = new ConnectionManager(this, simulation(), c.connections());
        if (c.processing().free()) {
            this.processing = null;
            this.handleSink = -1;
        } else {
            this.processing = new NodeServers(c.processing(), simulation().random());
            this.handleSink = simulation().registerSink("net.handle", (dst, msg) -> deliver(dst, (Message) msg));
        }
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
        if (nodes > this.nodes.capacity()) {
            resize(nodes);
        }
    }

    /** Marks a node alive (it receives messages) or dead (messages to it are dropped). */
    public void setAlive(int node, boolean alive) {
        ensure(node);
        if (alive && !nodes.isAlive(node)) {
            if (wire != null) {
                wire.up(node);
            }
            if (processing != null) {
                processing.reset(node);
            }
        }
        if (nodes.setAlive(node, alive) && !alive) {
            connections.breakConnections(node);
            if (wire != null) {
                wire.down(node);
            }
        }
    }

    // ------------------------------------------------------------------ live runs

    /**
     * Carries the traffic over {@code wire} from now on (a live runtime; set before any node
     * starts). With {@code emulate} false a copy goes to the wire as soon as it is sent
     * (partitions still drop it; loss, latency and bandwidth are the real network's); with
     * {@code emulate} true it first passes the model chain and goes to the wire when the model
     * says it arrives.
     */
    public void useWire(Wire wire, boolean emulate) {
        if (wire == null) {
            throw new IllegalArgumentException("a wire is required");
        }
        this.wire = wire;
        this.emulate = emulate;
        if (wireSink < 0) {
            wireSink = simulation().registerSink("net.wire", (dst, msg) -> {
                Message m = (Message) msg;
                this.wire.send(m.source().id(), dst, m);
            });
            wireArriveSink = simulation().registerSink("net.wire-arrive", (dst, msg) -> received(dst, (Message) msg));
        }
    }

    /**
     * A copy for {@code node} came off the wire: it is delivered (or dropped, if the node is
     * dead by then) at virtual time {@code time}, or now if that has passed. Call it on the
     * simulation's thread, outside handlers (a {@link io.gossamer.sim.core.Pacer} does).
     */
    public void receive(int node, Message message, long time) {
        simulation().schedule(Math.max(time, now()), wireArriveSink, node, message);
    }

    private void received(int dst, Message message) {
        if (emulate && bandwidth != null && bandwidth.limitsDownlink(dst)) {
            arrive(dst, message);
        } else {
            deliver(dst, message);
        }
    }

    /** Sets a node's NAT type ({@link NatType#OPEN} for a public node, the default). */
    public void setNat(int node, NatType type) {
        ensure(node);
        nodes.setNat(node, type);
    }

    /** A node's NAT type. */
    public NatType natOf(int node) {
        return nodes.natOf(node);
    }

    /** True if the node is alive. */
    public boolean isAlive(int node) {
        return nodes.isAlive(node);
    }

    /** Gives a node its own access link. */
    public void setCapacity(int node, LinkCapacity link) {
        ensure(node);
        if (bandwidth == null && link.equals(LinkCapacity.UNLIMITED)) {
            return;
        }
        if (bandwidth == null) {
            bandwidth = new Bandwidth(defaultCapacity, nodes.capacity());
        }
        bandwidth.set(node, link);
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
        int[] g = new int[nodes.capacity()];
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
        return nodes.traffic(node);
    }

    /** One node's connection counters. */
    public ConnectionStats connections(int node) {
        return connections.stats(node);
    }

    /** True if {@code a} and {@code b} have an open connection now. */
    public boolean isConnected(int a, int b) {
        return connections.isConnected(a, b);
    }

    /** Copies resent over connections because loss took them, over all nodes (each resend counts once). */
    public long retransmissions() {
        return connections.retransmissions();
    }

    /**
     * Handling time charged by the {@link ProcessingConfig}, over all nodes, in nanoseconds
     * (0 without one): the copies received and sent times their costs.
     */
    public long processingNanos() {
        return processing == null ? 0 : processing.busyNanos();
    }

    /** Messages dropped for a reason, over all nodes. */
    public long drops(DropReason reason) {
        return nodes.drops(reason);
    }

    /** Messages sent, over all nodes (each multicast target counts once). */
    public long totalSent() {
        return nodes.totalSent();
    }

    /** Messages delivered, over all nodes. */
    public long totalDelivered() {
        return nodes.totalDelivered();
    }

    /**
     * Messages sent that have neither been delivered nor dropped yet: on the wire, in the
     * receiver's downlink queue or waiting to be handled. At any moment {@code totalSent()} equals
     * {@code totalDelivered()} plus the drops of every reason plus this (a stream message
     * waiting for its connection to open counts as sent only when it leaves or is dropped).
     */
    public long inFlight() {
        return inFlight;
    }

    /**
     * Connection handshakes refused (by the acceptor's NAT): counted apart from the message
     * drops, since a handshake is not a message that was sent.
     */
    public long refusedHandshakes() {
        return refusedHandshakes;
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
            connections.send(message, src, dst);
        } else if (nodes.isPrivate(dst) && src != dst && !connections.admitsDatagram(src, dst)) {
            countSent(src, message.sizeBytes());
            drop(dst, message, DropReason.NAT);
        } else {
            nodes.countSent(src, message.sizeBytes());
            transmit(message, src, dst, null, 0);
        }
    }

    /**
     * The model chain from the sender's uplink on (the copy is counted as sent already). A
     * datagram ({@code over} null) that loss takes is dropped; a copy on connection
     * {@code over} ({@code attempt} resends so far) is resent after the retransmission timeout.
     */
    void transmit(Message message, int src, int dst, Connection over, int attempt) {
        int size = message.sizeBytes();
        long departure = now();
        if (processing != null && wire == null) {
            departure = processing.sent(src, departure);
        }
        if (bandwidth != null) {
            departure = bandwidth.departure(src, departure, size);
        }
        if (group != null && groupOf(src) != groupOf(dst)) {
            drop(dst, message, DropReason.PARTITION);
            return;
        }
        if (wire != null && !emulate) {
            inFlight++;
            wire.send(src, dst, message);
            return;
        }
        if (loss != LossModel.NONE && nodes.lost(loss, src, dst)) {
            if (over == null) {
                drop(dst, message, DropReason.LOSS);
            } else {
                connections.lost(message, src, over, attempt, departure);
            }
            return;
        }
        long arrival = departure + latencyDraw(src, dst);
        inFlight++;
        if (wire != null) {
            simulation().schedule(arrival, wireSink, dst, message);
            return;
        }
        boolean limitedDownlink = bandwidth != null && bandwidth.limitsDownlink(dst);
        simulation().schedule(arrival, limitedDownlink ? arriveSink : deliverSink, dst, message);
    }

    /** The message reached the receiver's downlink, which serves arrivals first come first served. */
    private void arrive(int dst, Message message) {
        long done = bandwidth.downlinkDone(dst, now(), message.sizeBytes());
        simulation().schedule(done, deliverSink, dst, message);
    }

    /** The message reached the receiver: delivered now, or queued for handling if handling costs time. */
    private void reached(int dst, Message message) {
        if (processing == null || !processing.chargesReceipts() || !nodes.isAlive(dst) || !simulation().hasKey(port, dst)) {
            deliver(dst, message);
            return;
        }
        simulation().schedule(processing.received(dst, now()), handleSink, dst, message);
    }

    private void deliver(int dst, Message message) {
        inFlight--;
        if (!nodes.isAlive(dst)) {
            drop(dst, message, DropReason.DEAD_NODE);
            return;
        }
        if (!simulation().hasKey(port, dst)) {
            drop(dst, message, DropReason.NO_RECEIVER);
            return;
        }
        // Counted before the handlers run, so they see their own receipt in the counters.
        nodes.countReceived(dst, message.sizeBytes());
        if (observer != null) {
            observer.delivered(dst, message);
        }
        simulation().deliverToKeyNow(port, dst, message);
    }

    void countSent(int src, int size) {
        nodes.countSent(src, size);
    }

    /** Counts a drop at the node the copy was addressed to; {@code message} is null for a refused handshake. */
    void drop(int dst, Message message, DropReason reason) {
        if (message == null) {
            refusedHandshakes++;
            return;
        }
        nodes.countDropped(dst, message == null ? 0 : message.sizeBytes(), reason);
        if (observer != null) {
            observer.dropped(dst, message, reason);
        }
    }

    // ------------------------------------------------------------------ connections

    private void onConnect(Connect request) {
        int src = request.self().id();
        int dst = request.peer().id();
        ensure(Math.max(src, dst));
        connections.connect(src, dst);
    }

    private void onDisconnect(Disconnect request) {
        connections.disconnect(request.self().id(), request.peer().id());
    }

    long latencyDraw(int src, int dst) {
        return nodes.latency(latency, src, dst);
    }

    Address addressOf(int node) {
        return new Address(node, natOf(node));
    }

    /** Tells a live node about one of its connections (nothing if no component listens). */
    void signalNow(int node, Object event) {
        if (isAlive(node) && simulation().hasKey(port, node)) {
            simulation().deliverToKeyNow(port, node, event);
        }
    }

    // ------------------------------------------------------------------ arrays

    int capacity() {
        return nodes.capacity();
    }

    private void ensure(int node) {
        int capacity = nodes.capacity();
        if (node >= capacity) {
            resize(Math.max(node + 1, capacity + (capacity >> 1) + 16));
        }
    }

    private void resize(int n) {
        int old = nodes.capacity();
        nodes.resize(n);
        connections.resize(n);
        if (processing != null) {
            processing.resize(n);
        }
        if (bandwidth != null) {
            bandwidth.resize(old, n);
        } else if (!defaultCapacity.equals(LinkCapacity.UNLIMITED)) {
            bandwidth = new Bandwidth(defaultCapacity, n);
        }
    }
}
