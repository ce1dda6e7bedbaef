package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.bootstrap.BootstrapServer;
import io.gossamer.protocols.bootstrap.PeerSelection;
import io.gossamer.protocols.bootstrap.WellKnownAddress;
import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.SeenMessages;
import io.gossamer.protocols.flood.Flooding;
import io.gossamer.protocols.pubsub.Broker;
import io.gossamer.protocols.pubsub.Subscriber;
import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.DisseminationProvider;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.RunKey;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.PortType;
import io.gossamer.protocols.neighbours.Neighbours;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** The protocol stacks a scenario can name ({@code nodes[].protocol}) besides gossip, Plumtree and peer sampling. */
public final class Protocols {
    /** Which messages each flooding node has seen, for every node of a run in one structure. */
    static final RunKey<SeenMessages> SEEN = RunKey.of("seen messages", run -> new SeenMessages(run.nodeCapacity()));
    /**
     * One {@link Flooding.Shared} per neighbour source of a run: a shared source (the overlay,
     * all nodes) belongs to one node class, so its nodes share one; a per-node source (a
     * bootstrap pool) gets its own. Looked up by identity, never iterated.
     */
    static final RunKey<Map<Neighbours, Flooding.Shared>> FLOODING = RunKey.of("flooding", run -> new IdentityHashMap<>());
    /** Where the pub/sub broker is. */
    static final RunKey<WellKnownAddress> BROKER = RunKey.of("broker", run -> new WellKnownAddress("broker"));

    private Protocols() {
    }

    /** Flooding gossip. */
    public static final class Flood extends DisseminationProvider<Flooding, Flooding.Config> {
        /** Registered with ServiceLoader. */
        public Flood() {
            super("flood", "flooding gossip: forward each new message to all neighbours but the sender", Flooding.class,
                    Flooding.Config.class,
                    (self, neighbours, config, run) -> new Flooding.Init(self, run.shared(FLOODING).computeIfAbsent(neighbours,
                            n -> new Flooding.Shared(n, config, run.headerBytes(), run.shared(SEEN)))));
        }
    }

    /** The bootstrap server of the study's gossip. */
    public static final class Bootstrap extends BaseProvider implements ProtocolProvider {
        /** Registered with ServiceLoader. */
        public Bootstrap() {
            super("bootstrap-server", "the bootstrap server (one node): tells each joining node about nodes that joined before,"
                    + " for protocols with neighbours: bootstrap",
                    Param.choice("peers", "which earlier nodes a newcomer gets: all, the k most recent, or k at random",
                            "all", "recent", "random"),
                    Param.optional("k", Kind.INTEGER, "8", "how many, for recent and random"));
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            PeerSelection selection = PeerSelection.valueOf(params.text("peers").toUpperCase(Locale.ROOT));
            int k = params.intValue("k", 1);
            WellKnownAddress server = setup.shared(Neighbourhoods.BOOTSTRAP_SERVER);
            return (address, link) -> setup.host().start(address, link, BootstrapServer.class,
                    new BootstrapServer.Init(address, server, selection, k, setup.headerBytes()));
        }
    }

    /** The broker of centralized pub/sub. */
    public static final class PubSubBroker extends BaseProvider implements ProtocolProvider {
        /** Registered with ServiceLoader. */
        public PubSubBroker() {
            super("broker", "the broker of centralized pub/sub: relays every published message to every subscriber (one node)");
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            WellKnownAddress directory = setup.shared(BROKER);
            return (address, link) -> setup.host().start(address, link, Broker.class, new Broker.Init(address, directory));
        }
    }

    /** Subscribers (and publishers) of centralized pub/sub. */
    public static final class PubSub extends BaseProvider implements ProtocolProvider {
        /** Registered with ServiceLoader. */
        public PubSub() {
            super("pubsub", "centralized pub/sub client: publishes through the broker node and receives everything it relays");
        }

        @Override
        public List<Class<? extends PortType>> provides() {
            return List.of(Broadcast.class);
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            Subscriber.Setup shared = new Subscriber.Setup(setup.shared(BROKER), setup.headerBytes());
            return (address, link) -> setup.host().start(address, link, Subscriber.class, new Subscriber.Init(address, shared));
        }
    }

    /** Nodes that run nothing: for scenarios about membership only (joins, churn). */
    public static final class Idle extends BaseProvider implements ProtocolProvider {
        /** Registered with ServiceLoader. */
        public Idle() {
            super("idle", "nodes that run no protocol (for scenarios about joins, churn and failures alone)");
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
