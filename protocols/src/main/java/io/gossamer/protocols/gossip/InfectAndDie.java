package io.gossamer.protocols.gossip;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastDelivery;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.protocols.neighbours.TransportChoice;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import io.gossamer.sim.config.InvalidParameter;
import io.gossamer.sim.config.Parameter;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Multicast;
import io.gossamer.sim.net.Network;
import io.gossamer.sim.net.Transport;
import io.gossamer.sim.random.RandomStream;
import java.util.BitSet;

/**
 * Infect-and-die gossip: a node passes a rumour on once, the moment it first has it, and is
 * then "dead" for that rumour.
 * <pre>
 * on broadcast(payload):   r = new rumour; deliver(r); send r to f neighbours drawn at random
 * on receive(r):           if r seen: drop (duplicate)
 *                          else: deliver(r); send r to f neighbours drawn at random
 * </pre>
 * On the complete graph ({@link io.gossamer.protocols.neighbours.AllNodes}) the share of the
 * nodes it reaches tends to the solution of {@code pi = 1 - exp(-f pi)} (0.797, 0.941, 0.980
 * for f = 2, 3, 4). Peers may include the node the rumour came from, as in that model.
 */
public final class InfectAndDie extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final ProvidedPort<Broadcast> broadcast = provides(Broadcast.class);
    private final Address self;
    private final Neighbours neighbours;
    private final Config setup;
    private final Transport transport;
    private final int headerBytes;
    private final RandomStream random;
    private final BitSet seen = new BitSet();

    /**
     * The protocol's parameters.
     *
     * @param fanout peers each node sends a rumour to, once
     * @param transport what copies travel over
     */
    public record Config(
            @Parameter(doc = "neighbours each node sends a message to, once", defaultValue = "2", min = 1) int fanout,
            @Parameter(doc = TransportChoice.DOC, defaultValue = "auto") TransportChoice transport) {
        /** Checks the values. */
        public Config {
            if (transport == null) {
                transport = TransportChoice.AUTO;
            }
            if (fanout < 1) {
                throw new InvalidParameter("fanout", "must be at least 1, got " + fanout);
            }
        }

        /** The given fan-out, {@code transport: auto}. */
        public Config(int fanout) {
            this(fanout, TransportChoice.AUTO);
        }
    }

    /**
     * One node's parameters and wiring.
     *
     * @param self this node's address
     * @param neighbours where the node's peers are drawn from
     * @param config the parameters
     * @param headerBytes bytes a network message adds to the payloads it carries
     */
    public record Init(Address self, Neighbours neighbours, Config config, int headerBytes)
            implements io.gossamer.sim.core.Init<InfectAndDie> {
    }

    /** Creates the component. */
    public InfectAndDie(Init init) {
        this.self = init.self();
        this.neighbours = init.neighbours();
        this.setup = init.config();
        this.transport = setup.transport().over(neighbours);
        this.headerBytes = init.headerBytes();
        this.random = simulation().random().stream(Streams.PEERS, self.id());
        subscribe(broadcast, BroadcastRequest.class, InfectAndDie::onBroadcast);
        subscribe(net, RumourCopy.class, InfectAndDie::onReceive);
    }

    private void onBroadcast(BroadcastRequest request) {
        Rumour r = new Rumour(request.message(), self.id(), now(), request.sizeBytes());
        seen.set(r.id());
        trigger(new BroadcastDelivery(r.id(), r.origin(), r.createdAt(), 0), broadcast);
        infect(r, 1);
    }

    private void onReceive(RumourCopy m) {
        Rumour r = m.rumour;
        if (seen.get(r.id())) {
            // a duplicate
            return;
        }
        seen.set(r.id());
        trigger(new BroadcastDelivery(r.id(), r.origin(), r.createdAt(), m.hops), broadcast);
        infect(r, m.hops + 1);
    }

    // The one and only time this node sends r.
    private void infect(Rumour r, int hopsOnArrival) {
        int[] peers = new int[setup.fanout()];
        int k = neighbours.sample(self.id(), setup.fanout(), Multicast.NONE_EXCLUDED, random, peers);
        if (k > 0) {
            trigger(new Multicast(new RumourCopy(self, transport, r, hopsOnArrival, headerBytes), peers, 0, k,
                    Multicast.NONE_EXCLUDED), net);
        }
    }
}
