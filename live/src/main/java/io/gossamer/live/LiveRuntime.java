package io.gossamer.live;

import io.gossamer.sim.core.Component;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.core.Tracer;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.node.NodeHost;

/**
 * Turns a {@link NodeHost} into a live one: its simulation's kernel is paced by the wall clock
 * ({@link WallClockPacer}) and its network's traffic goes over UDP sockets ({@link UdpWire}),
 * one per node. Components, the Timer and Network ports, the host's node lifecycle and every
 * observer stay as they are: the same component trees run unchanged, one handler at a time on
 * the thread that runs the simulation.
 *
 * <pre>{@code
 * try (LiveRuntime live = LiveRuntime.install(host, LiveConfig.loopback())) {
 *     host.start(Address.of(0), MyNode.class, init);
 *     host.simulation().runFor(Time.seconds(5));
 * }
 * }</pre>
 *
 * Install it before any node starts. Closing it releases every socket.
 */
public final class LiveRuntime implements AutoCloseable {
    private final NodeHost host;
    private final WallClockPacer pacer = new WallClockPacer();
    private final Codecs codecs;
    private final UdpWire wire;
    private final LiveConfig config;

    private LiveRuntime(NodeHost host, LiveConfig config, Codecs codecs) {
        this.host = host;
        this.config = config;
        this.codecs = codecs;
        this.wire = new UdpWire(config, codecs, pacer);
        pacer.onLook(wire::flush);
        pacer.beforeStart(this::checkCodecs);
        wire.attach(host.network());
        host.simulation().setPacer(pacer);
        host.simulation().setTracer(new ArrivalMarker(host.simulation()));
    }

    /** Tells the pacer which timed events deliver a message off the wire, to time their handling. */
    private final class ArrivalMarker implements Tracer {
        private final Simulation sim;
        private int arriveSink = -2;

        ArrivalMarker(Simulation sim) {
            this.sim = sim;
        }

        @Override
        public void timed(long time, int sink, int target, Object payload) {
            if (arriveSink == -2 && payload instanceof Message && "net.wire-arrive".equals(sim.sinkName(sink))) {
                arriveSink = sink;
            }
            if (sink == arriveSink) {
                pacer.arrivalRunning();
            }
        }

        @Override
        public void local(long time, Object target, Object event) {
        }
    }

    /** Makes {@code host} live with derived codecs only. */
    public static LiveRuntime install(NodeHost host, LiveConfig config) {
        return install(host, config, new Codecs());
    }

    /** Makes {@code host} live with the given codecs (derived ones are added as needed). */
    public static LiveRuntime install(NodeHost host, LiveConfig config, Codecs codecs) {
        return new LiveRuntime(host, config, codecs);
    }

    /** Every running node's received message types must have a codec before the clock starts. */
    private void checkCodecs() {
        for (int node : host.liveNodes()) {
            Component root = host.root(node);
            if (root != null) {
                codecs.check(root);
            }
        }
    }

    /**
     * Makes this runtime part {@code part} of a run split over several processes: it hosts only
     * the part's nodes (the others run as shadows, see {@link io.gossamer.sim.net.Wire#hosts}).
     * When the clock would start, it appends the hosted nodes' addresses to {@code file}, waits
     * up to {@code waitNanos} for every other part's, and starts the clock at the instant they
     * all agree on ({@link AddressFile#startEpochNs}). Call it before any node starts.
     *
     * @throws LiveStartException (when the clock would start) if a part does not appear in time
     */
    public void split(Part part, AddressFile file, long waitNanos) {
        wire.split(part);
        pacer.startAt(() -> {
            file.publish(hostedAddresses(part), later());
            java.util.List<AddressFile.Block> blocks = file.await(waitNanos);
            wire.learn(blocks);
            started = AddressFile.startEpochNs(blocks);
            return System.nanoTime() + (started - AddressFile.epochNanos());
        });
    }

    private long started;

    /** When a split run's clock started (ns since the epoch), or 0. */
    public long startedEpochNs() {
        return started;
    }

    private java.util.List<AddressFile.Entry> hostedAddresses(Part part) {
        java.util.List<AddressFile.Entry> entries = new java.util.ArrayList<>();
        for (int node : host.liveNodes()) {
            java.net.InetSocketAddress udp = wire.address(node);
            if (part.hosts(node) && udp != null) {
                java.net.InetSocketAddress tcp = wire.tcpAddress(node);
                entries.add(new AddressFile.Entry(node, advertised(), udp.getPort(), tcp == null ? udp.getPort() : tcp.getPort()));
            }
        }
        return entries;
    }

    private AddressFile.Later later() {
        return config.lowPort() > 0 ? new AddressFile.Later(advertised(), config.lowPort(), config.highPort()) : null;
    }

    /** The address other parts reach this one at: the bind address, or this host's if it binds every address. */
    private String advertised() {
        java.net.InetAddress a = config.bind();
        if (a.isAnyLocalAddress()) {
            try {
                a = java.net.InetAddress.getLocalHost();
            } catch (java.net.UnknownHostException e) {
                throw new LiveStartException("--bind " + a.getHostAddress() + " binds every address, and this host's own"
                        + " address is unknown: bind the address the other parts reach this host at", e);
            }
        }
        return a.getHostAddress();
    }

    /**
     * Relays the copies of the nodes {@code relays} accepts (a pub/sub broker) through a JeroMQ
     * XPUB/XSUB broker ({@link UdpWire#relayThroughZeroMq}); before the clock starts, waits until
     * the broker reaches every node. Call it before any node starts.
     */
    public void relayThroughZeroMq(java.util.function.IntPredicate relays) {
        wire.relayThroughZeroMq(relays);
        pacer.beforeStart(() -> {
            checkCodecs();
            wire.awaitRelays(host.liveNodes());
        });
    }

    /** The pacer (the wall clock of the run). */
    public WallClockPacer pacer() {
        return pacer;
    }

    /** The socket network. */
    public UdpWire wire() {
        return wire;
    }

    /** The codecs. */
    public Codecs codecs() {
        return codecs;
    }

    @Override
    public void close() {
        wire.close();
    }
}
