package io.gossamer.protocols.flood;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastDelivery;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.broadcast.SeenMessages;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.metrics.DisseminationProbe;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Multicast;
import io.gossamer.sim.net.Network;

/**
 * Flooding gossip over a neighbour source (a static overlay, all nodes, or bootstrap connection pools):
 * <pre>
 * on broadcast(payload):      id = new message; deliver(id); send to all neighbours
 * on receive(m) from q:       if m seen: drop (duplicate)
 *                             else: deliver(m); if hops(m) &lt; ttl: send to all neighbours but q
 * </pre>
 * Many messages may be under way at once; the ids each node has seen are kept for all nodes
 * in one {@link SeenMessages}.
 */
public final class Flooding extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final ProvidedPort<Broadcast> broadcast = provides(Broadcast.class);
    private final Address self;
    private final Setup setup;

    /**
     * What all nodes of one run share.
     *
     * @param neighbours where each node's neighbours come from; node ids are addresses' ids
     * @param probe where deliveries are reported (it also hands out message ids)
     * @param ttl largest number of hops a message travels (Integer.MAX_VALUE for none)
     * @param headerBytes bytes a forwarded copy adds to the payload
     * @param seen which messages each node has seen
     */
    public record Setup(Neighbours neighbours, DisseminationProbe probe, int ttl, int headerBytes, SeenMessages seen) {
        /** Checks the values. */
        public Setup {
            if (ttl < 1) {
                throw new IllegalArgumentException("ttl must be at least 1, got " + ttl);
            }
        }
    }

    /**
     * One node's parameters.
     *
     * @param self this node's address
     * @param setup the shared part
     */
    public record Init(Address self, Setup setup) implements io.gossamer.sim.core.Init<Flooding> {
    }

    /** Creates the component. */
    public Flooding(Init init) {
        this.self = init.self();
        this.setup = init.setup();
        subscribe(broadcast, BroadcastRequest.class, Flooding::onBroadcast);
        subscribe(net, Flooded.class, Flooding::onReceive);
    }

    @Override
    protected void onStart() {
        // A node that restarts under the same id remembers nothing.
        setup.seen().forget(self.id());
    }

    private void onBroadcast(BroadcastRequest request) {
        int id = setup.probe().injected(self.id(), now(), request.sizeBytes());
        setup.seen().markSeen(self.id(), id);
        trigger(new BroadcastDelivery(id, self.id(), now(), 0), broadcast);
        forward(new Flooded(self, id, self.id(), now(), 1, request.sizeBytes() + setup.headerBytes()),
                Multicast.NONE_EXCLUDED);
    }

    private void onReceive(Flooded m) {
        if (!setup.seen().markSeen(self.id(), m.id)) {
            setup.probe().duplicate(m.id, self.id());
            return;
        }
        setup.probe().delivered(m.id, self.id(), now(), m.hops);
        trigger(new BroadcastDelivery(m.id, m.origin, m.createdAt, m.hops), broadcast);
        if (m.hops < setup.ttl()) {
            forward(new Flooded(self, m.id, m.origin, m.createdAt, m.hops + 1, m.sizeBytes()), m.source().id());
        }
    }

    private void forward(Flooded copy, int excluded) {
        Multicast out = setup.neighbours().multicast(copy, self.id(), excluded);
        int copies = setup.neighbours().count(self.id()) - (excluded >= 0 && isNeighbour(excluded) ? 1 : 0);
        if (copies > 0) {
            setup.probe().sent(copy.id, copies);
            trigger(out, net);
        }
    }

    private boolean isNeighbour(int node) {
        Neighbours n = setup.neighbours();
        for (int i = 0, d = n.count(self.id()); i < d; i++) {
            if (n.get(self.id(), i) == node) {
                return true;
            }
        }
        return false;
    }
}
