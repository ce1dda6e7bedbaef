package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.bootstrap.BootstrapServer;
import io.gossamer.protocols.bootstrap.PeerSelection;
import io.gossamer.protocols.bootstrap.WellKnownAddress;
import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.SeenMessages;
import io.gossamer.protocols.flood.Flooding;
import io.gossamer.protocols.hyparview.Contacts;
import io.gossamer.protocols.hyparview.HyParView;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.protocols.plumtree.Plumtree;
import io.gossamer.protocols.plumtree.PlumtreeNode;
import io.gossamer.protocols.pubsub.Broker;
import io.gossamer.protocols.pubsub.Subscriber;
import io.gossamer.scenarios.spi.DisseminationProvider;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Parameters;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.ProviderSet;
import io.gossamer.scenarios.spi.Providers;
import io.gossamer.scenarios.spi.RunKey;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.PortType;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The protocol stacks a scenario can name ({@code nodes[].protocol}) besides the gossip
 * protocols: flooding, Plumtree, pub/sub, the bootstrap server, idle nodes and the peer
 * sampling services alone.
 */
public final class Protocols implements ProviderSet {
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
    /**
     * Plumtree's contacts: a node joins HyParView through a contact drawn among the live nodes
     * that started it before (one list per run, shared by all plumtree classes); the first
     * node waits to be contacted.
     */
    static final RunKey<Contacts> CONTACTS = RunKey.of("hyparview contacts", run -> new Contacts(run.host()::isAlive));
    private static final List<Class<? extends PortType>> BROADCAST = List.of(Broadcast.class);

    @Override
    public List<Provider> providers() {
        return List.of(
                new DisseminationProvider<>("flood", "flooding gossip: forward each new message to all neighbours but the"
                        + " sender", Flooding.class, Flooding.Config.class,
                        (self, neighbours, config, run) -> new Flooding.Init(self, run.shared(FLOODING).computeIfAbsent(neighbours,
                                n -> new Flooding.Shared(n, config, run.headerBytes(), run.shared(SEEN))))) {
                },
                Providers.protocol("plumtree", "Plumtree epidemic broadcast trees over the HyParView membership: eager push"
                        + " along a tree, lazy push (IHAVE) elsewhere, GRAFT to repair", BROADCAST, Protocols::plumtree,
                        Parameters.declared(HyParView.Config.class, Plumtree.Config.class).toArray(Param[]::new)),
                Providers.protocol("bootstrap-server", "the bootstrap server (one node): tells each joining node about nodes"
                        + " that joined before, for protocols with neighbours: bootstrap", List.of(), Protocols::bootstrapServer,
                        Param.choice("peers", "which earlier nodes a newcomer gets: all, the k most recent, or k at random",
                                "all", "recent", "random"),
                        Param.optional("k", Kind.INTEGER, "8", "how many, for recent and random")),
                Providers.protocol("broker", "the broker of centralized pub/sub: relays every published message to every"
                        + " subscriber (one node)", List.of(), (params, setup) -> {
                            WellKnownAddress directory = setup.shared(BROKER);
                            return (address, link) -> setup.host().start(address, link, Broker.class,
                                    new Broker.Init(address, directory));
                        }),
                Providers.protocol("pubsub", "centralized pub/sub client: publishes through the broker node and receives"
                        + " everything it relays", BROADCAST, (params, setup) -> {
                            Subscriber.Setup shared = new Subscriber.Setup(setup.shared(BROKER), setup.headerBytes());
                            return (address, link) -> setup.host().start(address, link, Subscriber.class,
                                    new Subscriber.Init(address, shared));
                        }),
                Providers.protocol("idle", "nodes that run no protocol (for scenarios about joins, churn and failures alone)",
                        List.of(), (params, setup) -> (address, link) -> setup.host().start(address, link, IdleNode.class,
                                new IdleNode.Init())),
                PssServices.CYCLON.protocol(), PssServices.CROUPIER.protocol(), PssServices.WPSS.protocol());
    }

    private static NodeStack plumtree(Params params, RunSetup setup) {
        Contacts contacts = setup.shared(CONTACTS);
        HyParView.Config membership = Parameters.bind(HyParView.Config.class, params);
        Plumtree.Config broadcast = Parameters.bind(Plumtree.Config.class, params);
        int header = setup.headerBytes();
        return (address, link) -> setup.host().start(address, link, PlumtreeNode.class,
                new PlumtreeNode.Init(new HyParView.Init(address, contacts, membership, header),
                        new Plumtree.Init(address, broadcast, header)));
    }

    private static NodeStack bootstrapServer(Params params, RunSetup setup) {
        PeerSelection selection = PeerSelection.valueOf(params.text("peers").toUpperCase(Locale.ROOT));
        int k = params.intValue("k", 1);
        WellKnownAddress server = setup.shared(Neighbourhoods.BOOTSTRAP_SERVER);
        return (address, link) -> setup.host().start(address, link, BootstrapServer.class,
                new BootstrapServer.Init(address, server, selection, k, setup.headerBytes()));
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
