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
 * <p>This component takes the requests and keeps the per-node state ({@link NodeTable}:
 * liveness, NAT types, streams and counters in primitive arrays indexed by node id);
 * {@link ModelChain} carries each copy through the models, {@link ConnectionManager} keeps the
 * connections (a state per connection), {@link Partitions} the partition groups and
 * {@link Bandwidth} the access links.
 */
public final class SimNetwork extends ComponentDefinition {
    private final ProvidedPort<Network> port = provides(Network.class);
    private final NodeTable nodes;
    private final Partitions partitions = new Partitions();
    private final ConnectionManager connections;
    private final ModelChain chain;

    /** Creates the network for the given model chain; the node host does this. */
    public SimNetwork(Config config) {
        NetworkConfig c = config.network();
        this.nodes = new NodeTable(simulation().random());
        this.connections = new ConnectionManager(this, nodes, simulation(), c.connections());
        this.chain = new ModelChain(simulation(), port, nodes, partitions, connections, c);
        subscribe(port, Message.class, SimNetwork::onSend);
        subscribe(port, Multicast.class, SimNetwork::onMulticast);
        subscribe(port, Connect.class, SimNetwork::onConnect);
        subscribe(port, Disconnect.class, SimNetwork::onDisconnect);
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
            chain.started(node);
        }
        if (nodes.setAlive(node, alive) && !alive) {
            connections.breakConnections(node);
            chain.stopped(node);
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
        chain.useWire(wire, emulate);
    }

    /**
     * A copy for {@code node} came off the wire: it is delivered (or dropped, if the node is
     * dead by then) at virtual time {@code time}, or now if that has passed. Call it on the
     * simulation's thread, outside handlers (a {@link io.gossamer.sim.core.Pacer} does).
     */
    public void receive(int node, Message message, long time) {
        chain.receive(node, message, time);
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
        chain.setCapacity(node, link);
    }

    /** Replaces the latency model for messages sent from now on (those under way keep theirs). */
    public void setLatency(LatencyModel model) {
        if (model == null) {
            throw new IllegalArgumentException("a latency model is required");
        }
        chain.setLatency(model);
    }

    /** Replaces the loss model for messages sent from now on. */
    public void setLoss(LossModel model) {
        if (model == null) {
            throw new IllegalArgumentException("a loss model is required (LossModel.NONE for none)");
        }
        chain.setLoss(model);
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
        partitions.split(nodes.capacity(), groups);
    }

    /** Makes the network whole again. */
    public void heal() {
        partitions.heal();
    }

    /** True if messages from {@code a} to {@code b} are dropped by a partition now. */
    public boolean isPartitioned(int a, int b) {
        return partitions.separates(a, b);
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

    /**
     * Handshakes {@code node} started, successful or not: {@code connections(node).attempted()}
     * without counting the node's open connections, which walks them all (a metric that reads
     * this for every node each row would otherwise visit every connection of the run).
     */
    public long connectionAttempts(int node) {
        return connections.attempts(node);
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
        return chain.processingNanos();
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
        return chain.inFlight();
    }

    /**
     * Connection handshakes refused (by the acceptor's NAT): counted apart from the message
     * drops, since a handshake is not a message that was sent.
     */
    public long refusedHandshakes() {
        return chain.refusedHandshakes();
    }

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
        chain.observe(observer);
    }

    // ------------------------------------------------------------------ requests

    /** True if {@code node} is a shadow of a node another process of a split live run hosts (see {@link Wire#hosts}). */
    private boolean shadow(int node) {
        return !chain.hosts(node);
    }

    private void onSend(Message message) {
        if (shadow(message.source().id())) {
            return;
        }
        TrafficObserver observer = chain.observer();
        if (observer != null) {
            observer.sent(message.source().id(), message, 1);
        }
        send(message, message.destination().id());
    }

    private void onMulticast(Multicast multicast) {
        Message message = multicast.message();
        if (shadow(message.source().id())) {
            return;
        }
        int excluded = multicast.excluded();
        TrafficObserver observer = chain.observer();
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
            chain.transmit(message, src, dst, -1, 0);
        }
    }

    private void onConnect(Connect request) {
        int src = request.self().id();
        int dst = request.peer().id();
        if (shadow(src)) {
            return;
        }
        ensure(Math.max(src, dst));
        connections.connect(src, dst);
    }

    private void onDisconnect(Disconnect request) {
        if (shadow(request.self().id())) {
            return;
        }
        connections.disconnect(request.self().id(), request.peer().id());
    }

    // ------------------------------------------------------------------ for the connections

    /** See {@link ModelChain#transmit}. */
    void transmit(Message message, int src, int dst, int over, int attempt) {
        chain.transmit(message, src, dst, over, attempt);
    }

    void countSent(int src, int size) {
        nodes.countSent(src, size);
    }

    /** Counts a drop at the node the copy was addressed to; {@code message} is null for a refused handshake. */
    void drop(int dst, Message message, DropReason reason) {
        chain.drop(dst, message, reason);
    }

    long latencyDraw(int src, int dst) {
        return chain.latencyDraw(src, dst);
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
        chain.resize(old, n);
    }
}
