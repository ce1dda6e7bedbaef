package io.gossamer.sim.net;

import io.gossamer.sim.core.EventSink;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.Simulation;

/**
 * The model chain of a {@link SimNetwork}: the way of one copy from the sender's handling and
 * uplink through partitions, loss and latency (or, in a live run, the {@link Wire}) to the
 * receiver's downlink, handling and delivery; with the count of copies in flight, the drops
 * and the traffic observers that see them. The network keeps the requests, the per-node state
 * and the connections, and gives this the copies it has counted as sent.
 */
final class ModelChain {
    private final Simulation sim;
    private final ProvidedPort<Network> port;
    private final NodeTable nodes;
    private final Partitions partitions;
    private final ConnectionManager connections;
    private LatencyModel latency;
    private LossModel loss;
    private final LinkCapacity defaultCapacity;
    /** Access links; null until a node with a limited link appears. */
    private Bandwidth bandwidth;
    /** Per-node message handling; null when handling costs nothing (the default). */
    private final NodeServers processing;
    private final int deliverSink;
    private final int streamDeliverSink;
    private final int arriveSink;
    private final int handleSink;
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

    ModelChain(Simulation sim, ProvidedPort<Network> port, NodeTable nodes, Partitions partitions,
            ConnectionManager connections, NetworkConfig config) {
        this.sim = sim;
        this.port = port;
        this.nodes = nodes;
        this.partitions = partitions;
        this.connections = connections;
        this.latency = config.latency();
        this.loss = config.loss();
        this.defaultCapacity = config.defaultCapacity();
        this.deliverSink = sim.registerSink("net.deliver", (dst, msg) -> reached(dst, (Message) msg));
        // Copies over connections are delivered through a sink that reads ahead (see
        // EventSink#readAhead); datagrams are not. A datagram flood's deliveries are short
        // (mostly duplicates, about 160 ns at a million nodes), the processor overlaps their
        // misses by itself, and reading ahead cost its 1M-node benchmark 8-18 % more CPU; the
        // longer handlers of peer sampling over connections gain from it.
        this.streamDeliverSink = sim.registerSink("net.deliver-stream", new EventSink() {
            @Override
            public void fire(int dst, Object msg) {
                reached(dst, (Message) msg);
            }

            @Override
            public long readAhead(int dst, Object msg) {
                // The receiver's counters, the message, the receiving component, and the
                // connection a reply would take if the sender opened it (a shuffle's request).
                Message m = (Message) msg;
                return nodes.readAhead(dst) + m.sizeBytes() + sim.readAheadKey(port, dst)
                        + connections.readAheadReply(dst, m.source().id());
            }
        });
        this.arriveSink = sim.registerSink("net.arrive", (dst, msg) -> arrive(dst, (Message) msg));
        if (config.processing().free()) {
            this.processing = null;
            this.handleSink = -1;
        } else {
            this.processing = new NodeServers(config.processing(), sim.random());
            this.handleSink = sim.registerSink("net.handle", (dst, msg) -> deliver(dst, (Message) msg));
        }
    }

    // ------------------------------------------------------------------ models

    void setLatency(LatencyModel model) {
        latency = model;
    }

    void setLoss(LossModel model) {
        loss = model;
    }

    /** Gives a node its own access link (creating the links at the first limited one). */
    void setCapacity(int node, LinkCapacity link) {
        if (bandwidth == null && link.isUnlimited()) {
            return;
        }
        if (bandwidth == null) {
            bandwidth = new Bandwidth(defaultCapacity, nodes.capacity());
        }
        bandwidth.set(node, link);
    }

    long latencyDraw(int src, int dst) {
        return nodes.latency(latency, src, dst);
    }

    /** False if {@code node} is another process's in a split live run (see {@link Wire#hosts}). */
    boolean hosts(int node) {
        return wire == null || wire.hosts(node);
    }

    /** A node (re)starts: its wire end opens and its server is idle. */
    void started(int node) {
        if (wire != null) {
            wire.up(node);
        }
        if (processing != null) {
            processing.reset(node);
        }
    }

    /** A node stopped or failed: its wire end closes. */
    void stopped(int node) {
        if (wire != null) {
            wire.down(node);
        }
    }

    /** Grows the per-node state of the models from {@code old} to {@code n} nodes. */
    void resize(int old, int n) {
        if (processing != null) {
            processing.resize(n);
        }
        if (bandwidth != null) {
            bandwidth.resize(old, n);
        } else if (!defaultCapacity.isUnlimited()) {
            bandwidth = new Bandwidth(defaultCapacity, n);
        }
    }

    // ------------------------------------------------------------------ live runs

    /** See {@link SimNetwork#useWire}. */
    void useWire(Wire wire, boolean emulate) {
        this.wire = wire;
        this.emulate = emulate;
        if (wireSink < 0) {
            wireSink = sim.registerSink("net.wire", (dst, msg) -> {
                Message m = (Message) msg;
                this.wire.send(m.source().id(), dst, m);
            });
            wireArriveSink = sim.registerSink("net.wire-arrive", (dst, msg) -> received(dst, (Message) msg));
        }
    }

    /** See {@link SimNetwork#receive}. */
    void receive(int node, Message message, long time) {
        sim.schedule(Math.max(time, sim.now()), wireArriveSink, node, message);
    }

    private void received(int dst, Message message) {
        if (emulate && bandwidth != null && bandwidth.limitsDownlink(dst)) {
            arrive(dst, message);
        } else {
            deliver(dst, message);
        }
    }

    // ------------------------------------------------------------------ copies

    /**
     * The model chain from the sender's uplink on (the copy is counted as sent already). A
     * datagram ({@code over} -1) that loss takes is dropped; a copy on connection slot
     * {@code over} ({@code attempt} resends so far) is resent after the retransmission timeout.
     */
    void transmit(Message message, int src, int dst, int over, int attempt) {
        int size = message.sizeBytes();
        long departure = sim.now();
        if (processing != null && wire == null) {
            departure = processing.sent(src, departure);
        }
        if (bandwidth != null) {
            departure = bandwidth.departure(src, departure, size);
        }
        if (partitions.separates(src, dst)) {
            drop(dst, message, DropReason.PARTITION);
            return;
        }
        if (wire != null && !emulate) {
            inFlight++;
            wire.send(src, dst, message);
            return;
        }
        if (loss != LossModel.NONE && nodes.lost(loss, src, dst)) {
            if (over < 0) {
                drop(dst, message, DropReason.LOSS);
            } else {
                connections.lost(message, src, over, attempt, departure);
            }
            return;
        }
        long arrival = departure + latencyDraw(src, dst);
        inFlight++;
        if (wire != null) {
            sim.schedule(arrival, wireSink, dst, message);
            return;
        }
        boolean limitedDownlink = bandwidth != null && bandwidth.limitsDownlink(dst);
        sim.schedule(arrival, limitedDownlink ? arriveSink : deliverSinkFor(message), dst, message);
    }

    /** The message reached the receiver's downlink, which serves arrivals first come first served. */
    private void arrive(int dst, Message message) {
        long done = bandwidth.downlinkDone(dst, sim.now(), message.sizeBytes());
        sim.schedule(done, deliverSinkFor(message), dst, message);
    }

    /** The delivery sink of a copy: the one that reads ahead for a copy over a connection. */
    private int deliverSinkFor(Message message) {
        return message.transport() == Transport.STREAM ? streamDeliverSink : deliverSink;
    }

    /** The message reached the receiver: delivered now, or queued for handling if handling costs time. */
    private void reached(int dst, Message message) {
        if (processing == null || !processing.chargesReceipts() || !nodes.isAlive(dst) || !sim.hasKey(port, dst)) {
            deliver(dst, message);
            return;
        }
        sim.schedule(processing.received(dst, sim.now()), handleSink, dst, message);
    }

    private void deliver(int dst, Message message) {
        inFlight--;
        if (!nodes.isAlive(dst)) {
            drop(dst, message, DropReason.DEAD_NODE);
            return;
        }
        if (!sim.hasKey(port, dst)) {
            drop(dst, message, DropReason.NO_RECEIVER);
            return;
        }
        // Counted before the handlers run, so they see their own receipt in the counters.
        nodes.countReceived(dst, message.sizeBytes());
        if (observer != null) {
            observer.delivered(dst, message);
        }
        sim.deliverToKeyNow(port, dst, message);
    }

    /** Counts a drop at the node the copy was addressed to; {@code message} is null for a refused handshake. */
    void drop(int dst, Message message, DropReason reason) {
        if (message == null) {
            refusedHandshakes++;
            return;
        }
        nodes.countDropped(dst, message.sizeBytes(), reason);
        if (observer != null) {
            observer.dropped(dst, message, reason);
        }
    }

    // ------------------------------------------------------------------ counters and observers

    void observe(TrafficObserver added) {
        observer = TrafficObservers.append(observer, added);
    }

    /** The run's traffic observers (one or a composite), null while there are none. */
    TrafficObserver observer() {
        return observer;
    }

    long inFlight() {
        return inFlight;
    }

    long refusedHandshakes() {
        return refusedHandshakes;
    }

    long processingNanos() {
        return processing == null ? 0 : processing.busyNanos();
    }
}
