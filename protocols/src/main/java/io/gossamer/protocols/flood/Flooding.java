package io.gossamer.protocols.flood;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.broadcast.SeenMessages;
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

/**
 * Flooding gossip over a neighbour source (a static overlay, all nodes, or bootstrap connection pools):
 * <pre>
 * on broadcast(payload):      id = new message; deliver(id); send to all neighbours
 * on receive(m) from q:       if m seen: drop (duplicate)
 *                             else: deliver(m); if hops(m) &lt; ttl: send to all neighbours but q
 * </pre>
 * Copies travel over the node's connections or as datagrams ({@link TransportChoice}, by
 * default connections over a bootstrap pool only); a lost datagram is not resent, so under
 * loss over datagrams a node may be missed. Many messages may be under way at once; the ids each node has seen are kept for all nodes
 * in one {@link SeenMessages}.
 */
public final class Flooding extends ComponentDefinition {
    private final RequiredPort<Network> net = requires(Network.class);
    private final ProvidedPort<Broadcast> broadcast = provides(Broadcast.class);
    /** This node's address, the source of the copies it sends (its id is {@link #node()}). */
    private final Address self;
    /** What the nodes of one node class share: one reference per node keeps a million nodes small. */
    private final Shared shared;

    /**
     * Flooding's parameters.
     *
     * @param ttl largest number of hops a message travels (0: no limit)
     * @param transport what copies travel over
     */
    public record Config(
            @Parameter(doc = "largest number of hops a message travels (0: no limit)", defaultValue = "0", min = 0) int ttl,
            @Parameter(doc = TransportChoice.DOC, defaultValue = "auto") TransportChoice transport) {
        /** Checks the value. */
        public Config {
            if (ttl < 0) {
                throw new InvalidParameter("ttl", "must be at least 0 (0: no limit), got " + ttl);
            }
            if (transport == null) {
                transport = TransportChoice.AUTO;
            }
        }

        /** The given hop limit, {@code transport: auto}. */
        public Config(int ttl) {
            this(ttl, TransportChoice.AUTO);
        }

        /** The hop limit as a bound ({@code Integer.MAX_VALUE} for none). */
        int hopLimit() {
            return ttl == 0 ? Integer.MAX_VALUE : ttl;
        }
    }

    /**
     * What the nodes of one node class share: neighbour source, parameters, header size and
     * seen-table. Make one per class and run (one per node only where each node has its own
     * neighbours), so a node costs a single reference to it.
     */
    public static final class Shared {
        final Neighbours neighbours;
        final int hopLimit;
        final Transport transport;
        final int headerBytes;
        final SeenMessages seen;
        /** The values copies and deliveries share. */
        final Stages stages = new Stages();

        /**
         * @param neighbours where the nodes' neighbours come from; node ids are addresses' ids
         * @param config the parameters
         * @param headerBytes bytes a forwarded copy adds to the payload
         * @param seen which messages each node has seen (one structure may serve every node of a run)
         */
        public Shared(Neighbours neighbours, Config config, int headerBytes, SeenMessages seen) {
            this.neighbours = neighbours;
            this.hopLimit = config.hopLimit();
            this.transport = config.transport().over(neighbours);
            this.headerBytes = headerBytes;
            this.seen = seen;
        }

        /** The neighbour source. */
        public Neighbours neighbours() {
            return neighbours;
        }
    }

    /**
     * One node's parameters and wiring.
     *
     * @param self this node's address
     * @param shared what the nodes of its class share
     */
    public record Init(Address self, Shared shared) implements io.gossamer.sim.core.Init<Flooding> {
    }

    /** Creates the component. */
    public Flooding(Init init) {
        this.self = init.self();
        this.shared = init.shared();
        if (self.id() != node()) {
            throw new IllegalArgumentException("Flooding at node " + node() + " was given the address " + self);
        }
        subscribe(broadcast, BroadcastRequest.class, Flooding::onBroadcast);
        subscribe(net, Flooded.class, Flooding::onReceive);
    }

    @Override
    protected void onStart() {
        // A node that restarts under the same id remembers nothing.
        shared.seen.forget(node());
    }

    private void onBroadcast(BroadcastRequest request) {
        Flooded.Origin origin = new Flooded.Origin(request.message(), node(), now());
        shared.seen.markSeen(node(), origin.id());
        trigger(shared.stages.delivery(shared.stages.stage(origin, 0)), broadcast);
        forward(new Flooded(self, shared.transport, shared.stages.stage(origin, 1), request.sizeBytes() + shared.headerBytes),
                Multicast.NONE_EXCLUDED);
    }

    private void onReceive(Flooded m) {
        Flooded.Stage stage = m.stage;
        if (!shared.seen.markSeen(node(), stage.origin().id())) {
            return; // a duplicate
        }
        trigger(shared.stages.delivery(stage), broadcast);
        if (stage.hops() < shared.hopLimit) {
            Flooded.Stage next = shared.stages.stage(stage.origin(), stage.hops() + 1);
            forward(new Flooded(self, shared.transport, next, m.sizeBytes()), m.source().id());
        }
    }

    private void forward(Flooded copy, int excluded) {
        Neighbours neighbours = shared.neighbours;
        // Trigger nothing when the only neighbour is the excluded sender: an empty send would
        // still cost an event. (The sender is excluded once, so with two neighbours or more the
        // send goes ahead.) Scanning every row for the sender, which a million-node flood finds
        // there about once in 100,000 receipts, made the compiler drop that case from the
        // delivery path, then deoptimise and recompile the whole path when it came.
        int count = neighbours.count(node());
        if (count > 1 || count == 1 && neighbours.get(node(), 0) != excluded) {
            trigger(neighbours.multicast(copy, node(), excluded), net);
        }
    }
}
