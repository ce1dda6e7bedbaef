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
 * Random-walk gossip (the flash-dissemination study's third architecture): flooding to a
 * random subset of the neighbours.
 * <pre>
 * on broadcast(payload):   r = new rumour; deliver(r); send r to f neighbours drawn at random
 * on receive(r) from q:    if r seen: drop (duplicate)
 *                          else: deliver(r)
 *                                if hops(r) &lt; ttl: send r to f neighbours drawn at random
 *                                                   (never q, if exclude-sender)
 * </pre>
 * Peers are drawn uniformly without replacement ({@link Neighbours#sample}); a node with no
 * more than f candidates sends to all of them, so with f at least the degree this is
 * flooding. Without sender exclusion and TTL it is {@link InfectAndDie}.
 */
public final class RandomWalkGossip extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final ProvidedPort<Broadcast> broadcast = provides(Broadcast.class);
    private final Address self;
    private final Neighbours neighbours;
    private final Config setup;
    private final int headerBytes;
    private final RandomStream random;
    private final BitSet seen = new BitSet();
    private final Transport transport;

    /**
     * The protocol's parameters.
     *
     * @param fanout peers each node forwards a new rumour to
     * @param excludeSender true to never send a rumour back to the node it came from
     * @param ttl largest number of hops a rumour travels (0: no limit)
     * @param transport what copies travel over
     */
    public record Config(
            @Parameter(doc = "neighbours each node forwards a new message to", defaultValue = "3", min = 1) int fanout,
            @Parameter(doc = "never forward a message back to the node it came from", defaultValue = "true")
            boolean excludeSender,
            @Parameter(doc = "largest number of hops a message travels (0: no limit)", defaultValue = "0", min = 0) int ttl,
            @Parameter(doc = TransportChoice.DOC, defaultValue = "auto") TransportChoice transport) {
        /** Checks the values. */
        public Config {
            if (transport == null) {
                transport = TransportChoice.AUTO;
            }
            if (fanout < 1) {
                throw new InvalidParameter("fanout", "must be at least 1, got " + fanout);
            }
            if (ttl < 0) {
                throw new InvalidParameter("ttl", "must be at least 0 (0: no limit), got " + ttl);
            }
        }

        /** The given values, {@code transport: auto}. */
        public Config(int fanout, boolean excludeSender, int ttl) {
            this(fanout, excludeSender, ttl, TransportChoice.AUTO);
        }

        /** The hop limit as a bound ({@code Integer.MAX_VALUE} for none). */
        int hopLimit() {
            return ttl == 0 ? Integer.MAX_VALUE : ttl;
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
            implements io.gossamer.sim.core.Init<RandomWalkGossip> {
    }

    /** Creates the component. */
    public RandomWalkGossip(Init init) {
        this.self = init.self();
        this.neighbours = init.neighbours();
        this.setup = init.config();
        this.transport = setup.transport().over(neighbours);
        this.headerBytes = init.headerBytes();
        this.random = simulation().random().stream(Streams.PEERS, self.id());
        subscribe(broadcast, BroadcastRequest.class, RandomWalkGossip::onBroadcast);
        subscribe(net, RumourCopy.class, RandomWalkGossip::onReceive);
    }

    private void onBroadcast(BroadcastRequest request) {
        Rumour r = new Rumour(request.message(), self.id(), now(), request.sizeBytes());
        seen.set(r.id());
        trigger(new BroadcastDelivery(r.id(), r.origin(), r.createdAt(), 0), broadcast);
        forward(r, 1, Multicast.NONE_EXCLUDED);
    }

    private void onReceive(RumourCopy m) {
        Rumour r = m.rumour;
        if (seen.get(r.id())) {
            // a duplicate
            return;
        }
        seen.set(r.id());
        trigger(new BroadcastDelivery(r.id(), r.origin(), r.createdAt(), m.hops), broadcast);
        if (m.hops < setup.hopLimit()) {
            forward(r, m.hops + 1, setup.excludeSender() ? m.source().id() : Multicast.NONE_EXCLUDED);
        }
    }

    private void forward(Rumour r, int hopsOnArrival, int excluded) {
        // A fresh target array per send: the network reads it after this handler returns.
        int[] peers = new int[setup.fanout()];
        int k = neighbours.sample(self.id(), setup.fanout(), excluded, random, peers);
        if (k > 0) {
            RumourCopy copy = new RumourCopy(self, transport, r, hopsOnArrival, headerBytes);
            trigger(new Multicast(copy, peers, 0, k, Multicast.NONE_EXCLUDED), net);
        }
    }
}
