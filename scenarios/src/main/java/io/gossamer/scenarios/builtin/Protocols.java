package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.bootstrap.BootstrapServer;
import io.gossamer.protocols.bootstrap.PeerSelection;
import io.gossamer.protocols.broadcast.SeenMessages;
import io.gossamer.protocols.flood.Flooding;
import io.gossamer.protocols.pubsub.Broker;
import io.gossamer.protocols.bootstrap.WellKnownAddress;
import io.gossamer.protocols.pubsub.Subscriber;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import java.util.List;

/** The protocol stacks a scenario can name ({@code nodes[].protocol}). */
public final class Protocols {
    private Protocols() {
    }

    /** Flooding gossip. */
    public static final class Flood implements ProtocolProvider {
        @Override
        public String name() {
            return "flood";
        }

        @Override
        public String description() {
            return "flooding gossip: forward each new message to all neighbours but the sender";
        }

        @Override
        public List<Param> parameters() {
            return List.of(Param.optional("ttl", Kind.INTEGER, "0", "largest number of hops a message travels (0: no limit)"),
                    NeighbourChoice.param());
        }

        @Override
        public boolean broadcasts() {
            return true;
        }

        @Override
        public boolean needsOverlay(Params params) {
            return NeighbourChoice.needsOverlay(params);
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            int ttl = params.intValue("ttl", 0);
            Flooding.Setup shared = new Flooding.Setup(NeighbourChoice.neighbours(params, setup), setup.dissemination(),
                    ttl == 0 ? Integer.MAX_VALUE : ttl, setup.headerBytes(), new SeenMessages(setup.nodeCapacity()));
            return NeighbourChoice.stack(params, setup, Flooding.class, a -> new Flooding.Init(a, shared));
        }
    }

    /** The bootstrap server of the study's gossip. */
    public static final class Bootstrap implements ProtocolProvider {
        @Override
        public String name() {
            return "bootstrap-server";
        }

        @Override
        public String description() {
            return "the bootstrap server (one node): tells each joining node about nodes that joined before, for protocols"
                    + " with neighbours: bootstrap";
        }

        @Override
        public List<Param> parameters() {
            return List.of(Param.choice("peers", "which earlier nodes a newcomer gets: all, the k most recent, or k at random",
                    "all", "recent", "random"),
                    Param.optional("k", Kind.INTEGER, "8", "how many, for recent and random"));
        }

        @Override
        public boolean broadcasts() {
            return false;
        }

        @Override
        public boolean needsOverlay(Params params) {
            return false;
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            PeerSelection selection = PeerSelection.valueOf(params.text("peers").toUpperCase(java.util.Locale.ROOT));
            int k = params.intValue("k", 1);
            WellKnownAddress server = NeighbourChoice.server(setup);
            return (address, link) -> setup.host().start(address, link, BootstrapServer.class,
                    new BootstrapServer.Init(address, server, selection, k, setup.headerBytes()));
        }
    }

    /** The broker of centralized pub/sub. */
    public static final class PubSubBroker implements ProtocolProvider {
        @Override
        public String name() {
            return "broker";
        }

        @Override
        public String description() {
            return "the broker of centralized pub/sub: relays every published message to every subscriber (one node)";
        }

        @Override
        public List<Param> parameters() {
            return List.of();
        }

        @Override
        public boolean broadcasts() {
            return false;
        }

        @Override
        public boolean needsOverlay(Params params) {
            return false;
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            WellKnownAddress directory = setup.<WellKnownAddress>shared("broker", () -> new WellKnownAddress("broker"));
            return (address, link) -> setup.host().start(address, link, Broker.class,
                    new Broker.Init(address, directory, setup.dissemination()));
        }
    }

    /** Subscribers (and publishers) of centralized pub/sub. */
    public static final class PubSub implements ProtocolProvider {
        @Override
        public String name() {
            return "pubsub";
        }

        @Override
        public String description() {
            return "centralized pub/sub client: publishes through the broker node and receives everything it relays";
        }

        @Override
        public List<Param> parameters() {
            return List.of();
        }

        @Override
        public boolean broadcasts() {
            return true;
        }

        @Override
        public boolean needsOverlay(Params params) {
            return false;
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            Subscriber.Setup shared = new Subscriber.Setup(setup.<WellKnownAddress>shared("broker", () -> new WellKnownAddress("broker")),
                    setup.dissemination(), setup.headerBytes());
            return new NodeStack() {
                @Override
                public void start(Address address, LinkCapacity link) {
                    setup.host().start(address, link, Subscriber.class, new Subscriber.Init(address, shared));
                }

                @Override
                public void broadcast(int node, int sizeBytes) {
                    ComponentDefinition root = (ComponentDefinition) setup.host().root(node);
                    setup.simulation().deliver(root.provided(Broadcast.class), new BroadcastRequest(sizeBytes));
                }
            };
        }
    }

    /** Nodes that run nothing: for scenarios about membership only (joins, churn). */
    public static final class Idle implements ProtocolProvider {
        @Override
        public String name() {
            return "idle";
        }

        @Override
        public String description() {
            return "nodes that run no protocol (for scenarios about joins, churn and failures alone)";
        }

        @Override
        public List<Param> parameters() {
            return List.of();
        }

        @Override
        public boolean broadcasts() {
            return false;
        }

        @Override
        public boolean needsOverlay(Params params) {
            return false;
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            return (address, link) -> setup.host().start(address, link, IdleNode.class, new IdleNode.Init());
        }
    }

    /** A node with no behaviour. */
    public static final class IdleNode extends ComponentDefinition {
        /** No parameters. */
        public record Init() implements io.gossamer.sim.core.Init<IdleNode> {
        }

        /** Creates it. */
        public IdleNode(Init init) {
            // Nothing to do: the node only exists.
        }
    }
}
