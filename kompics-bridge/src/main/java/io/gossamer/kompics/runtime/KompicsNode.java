package io.gossamer.kompics.runtime;

import io.gossamer.kompics.spi.SimAddress;
import io.gossamer.sim.Time;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.net.Transport;
import io.gossamer.sim.timer.CancelTimeout;
import io.gossamer.sim.timer.SchedulePeriodicTimeout;
import io.gossamer.sim.timer.ScheduleTimeout;
import io.gossamer.sim.timer.Timer;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import se.sics.kompics.network.Msg;

/**
 * The Gossamer side of a Kompics node: the root component the node host starts. It requires
 * Gossamer's network and timer, carries Kompics messages and timeouts over them, and hands
 * whatever arrives to the node's Kompics components, which then run to quiescence before the
 * handler returns. Its start creates the Kompics tree, its stop kills it (Kompics' Stop
 * handlers run); a crash destroys it silently (see {@link KompicsRuntime}).
 */
public final class KompicsNode extends ComponentDefinition {
    private final RequiredPort<Network> network = requires(Network.class);
    private final RequiredPort<Timer> timer = requires(Timer.class);
    private final Address address;
    private final KompicsRuntime runtime;
    private final Map<String, Object> params;
    /** Pending timeouts by Kompics id; looked up, never iterated. */
    private final Map<UUID, Tick> ticks = new HashMap<>();
    private BridgeRoot.Tree tree;
    private NodeAdapter adapter;
    private se.sics.kompics.Fault fault;

    /** What the node runs. */
    record Config(Address address, KompicsRuntime runtime, Map<String, Object> params) implements Init<KompicsNode> {
    }

    KompicsNode(Config config) {
        this.address = config.address();
        this.runtime = config.runtime();
        this.params = config.params();
        subscribe(network, Envelope.class, KompicsNode::onMessage);
        subscribe(timer, Tick.class, KompicsNode::onTick);
    }

    @Override
    protected void onStart() {
        tree = runtime.createKompicsNode(this, params);
        settle();
    }

    @Override
    protected void onStop() {
        if (tree != null) {
            BridgeRoot.Tree stopping = tree;
            runtime.stopKompicsNode(stopping);
            try {
                settle();
            } finally {
                tree = null;
                runtime.killKompicsNode(stopping);
                runtime.drain();
            }
        }
    }

    /** The node was destroyed without stopping (a crash): drop its Kompics tree silently. */
    void crashed() {
        if (tree != null) {
            runtime.destroyKompicsNode(tree);
            tree = null;
        }
    }

    private void onMessage(Envelope envelope) {
        if (tree != null) {
            adapter.deliver(envelope.msg);
            settle();
        }
    }

    private void onTick(Tick tick) {
        if (!tick.periodic) {
            ticks.remove(tick.timeout.getTimeoutId());
        }
        if (tree != null) {
            adapter.fire(tick.timeout, tick.periodic);
            settle();
        }
    }

    /** Runs the Kompics components to quiescence, then reports a fault they raised. */
    private void settle() {
        runtime.drain();
        runtime.throwBridgeFault();
        if (fault != null) {
            se.sics.kompics.Fault f = fault;
            fault = null;
            throw new KompicsFault(address.id(), f);
        }
    }

    // ---------------------------------------------------------------- called by the adapters

    void adapter(NodeAdapter nodeAdapter) {
        this.adapter = nodeAdapter;
    }

    void kompicsFault(se.sics.kompics.Fault f) {
        if (fault == null) {
            fault = f;
        }
    }

    void send(Msg<?, ?> message) {
        se.sics.kompics.network.Header<?> header = message.getHeader();
        int destination = SimAddress.nodeOf(header.getDestination());
        Address to = runtime.addressOf(destination);
        se.sics.kompics.network.Transport protocol = header.getProtocol();
        Transport transport = protocol == se.sics.kompics.network.Transport.UDP
                || protocol == se.sics.kompics.network.Transport.MULTICAST_UDP
                ? Transport.DATAGRAM : runtime.streamTransport();
        trigger(new Envelope(address, to, transport, runtime.sizeOf(message), message), network);
    }

    void schedule(se.sics.kompics.timer.Timeout timeout, long delayMs, long periodMs) {
        Tick tick = new Tick(timeout, periodMs > 0);
        Tick previous = ticks.put(timeout.getTimeoutId(), tick);
        if (previous != null) {
            trigger(new CancelTimeout(previous), timer);
        }
        if (periodMs > 0) {
            trigger(new SchedulePeriodicTimeout(Time.ms(delayMs), Time.ms(periodMs), tick), timer);
        } else {
            trigger(new ScheduleTimeout(Time.ms(delayMs), tick), timer);
        }
    }

    void cancel(UUID id) {
        Tick tick = ticks.remove(id);
        if (tick != null) {
            trigger(new CancelTimeout(tick), timer);
        }
    }

    /** The node's Gossamer address. */
    Address address() {
        return address;
    }
}
