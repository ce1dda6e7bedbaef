package io.gossamer.protocols.flood;

import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Multicast;
import io.gossamer.sim.net.Network;

/**
 * The smallest flooding protocol, for the kernel benchmark (workload F): over a static
 * overlay, the origin sends one message to its out-neighbours at start; every node, on first
 * receipt, forwards it once to all its out-neighbours except the one it came from, and drops
 * duplicates. The full flooding module (TTL, many messages, metrics) supersedes it.
 */
public final class MinimalFlooding extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final Address self;
    private final Setup setup;
    private final boolean origin;
    private boolean seen;

    /**
     * What all nodes of one run share (one object, however many nodes).
     *
     * @param overlay the overlay (node ids are addresses' ids)
     * @param observer told of each first receipt (the origin's at start, with 0 hops)
     * @param sizeBytes size of the message on the wire
     */
    public record Setup(StaticGraph overlay, FirstReceiptObserver observer, int sizeBytes) {
    }

    /**
     * Parameters of one node.
     *
     * @param self this node's address
     * @param setup the shared part
     * @param origin true for the node that creates the message at start
     */
    public record Init(Address self, Setup setup, boolean origin) implements io.gossamer.sim.core.Init<MinimalFlooding> {
    }

    /** Creates the component. */
    public MinimalFlooding(Init init) {
        this.self = init.self();
        this.setup = init.setup();
        this.origin = init.origin();
        subscribe(net, FloodMessage.class, MinimalFlooding::onMessage);
    }

    @Override
    protected void onStart() {
        if (origin) {
            seen = true;
            setup.observer().firstReceipt(self.id(), now(), 0);
            FloodMessage m = new FloodMessage(self, 0, now(), 1, setup.sizeBytes());
            trigger(setup.overlay().multicast(m, self.id(), Multicast.NONE_EXCLUDED), net);
        }
    }

    private void onMessage(FloodMessage message) {
        if (seen) {
            return;
        }
        seen = true;
        setup.observer().firstReceipt(self.id(), now(), message.hops());
        int from = message.source().id();
        FloodMessage copy = new FloodMessage(self, message.id(), message.createdAt(), message.hops() + 1, setup.sizeBytes());
        trigger(setup.overlay().multicast(copy, self.id(), from), net);
    }
}
