package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.bootstrap.PoolMember;
import io.gossamer.protocols.bootstrap.WellKnownAddress;
import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastRequest;
import io.gossamer.protocols.neighbours.AllNodes;
import io.gossamer.protocols.neighbours.ConnectionPools;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.protocols.neighbours.MemberNode;
import io.gossamer.protocols.neighbours.OverlayNeighbours;
import io.gossamer.protocols.pss.ViewNeighbours;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code neighbours} parameter every dissemination protocol takes: the scenario's
 * overlay, every live node (the complete graph of the epidemic models), the connection
 * pool each node builds by joining through the bootstrap server (the study's gossip), or the
 * view of a peer sampling service that runs beside the protocol on every node.
 */
final class NeighbourChoice {
    static final String OVERLAY = "overlay";
    static final String ALL = "all";
    static final String BOOTSTRAP = "bootstrap";
    /** Peer sampling services whose views can serve as neighbours. */
    static final List<String> SERVICES = PssProtocols.SERVICES;
    /** Run-shared keys ({@link RunSetup#shared}). */
    static final String SERVER_KEY = "bootstrap-server";
    static final String POOLS_KEY = "bootstrap-pools";

    private NeighbourChoice() {
    }

    /** The parameter. */
    static Param param() {
        List<String> choices = new java.util.ArrayList<>(List.of(OVERLAY, ALL, BOOTSTRAP));
        choices.addAll(SERVICES);
        return Param.choice("neighbours", "where peers come from: the scenario's overlay, all live nodes (the complete"
                + " graph; no overlay needed), the connection pool built by joining through the bootstrap-server node, or"
                + " the view of a peer sampling service run beside the protocol with its defaults ("
                + String.join(", ", SERVICES) + ")", choices.toArray(String[]::new));
    }

    static boolean needsOverlay(Params params) {
        return params.text("neighbours").equals(OVERLAY);
    }

    /** The bootstrap server's address, shared by the run's server and members. */
    static WellKnownAddress server(RunSetup setup) {
        return setup.shared(SERVER_KEY, () -> new WellKnownAddress("bootstrap server"));
    }

    /** The run's connection pools. */
    static ConnectionPools pools(RunSetup setup) {
        return setup.shared(POOLS_KEY, ConnectionPools::new);
    }

    static Neighbours neighbours(Params params, RunSetup setup) {
        switch (params.text("neighbours")) {
            case ALL:
                return new AllNodes(setup.host());
            case BOOTSTRAP:
                return pools(setup);
            case OVERLAY:
                return new OverlayNeighbours(setup.overlay());
            default:
                return new ViewNeighbours(PssProtocols.views(setup));
        }
    }

    /**
     * Nodes that run one protocol component of {@code type} (made by {@code init} from the
     * address); with bootstrap neighbours beside the member that joins through the server, with
     * a peer sampling service's neighbours beside that service (a {@link MemberNode}).
     */
    static <C extends ComponentDefinition> NodeStack stack(Params params, RunSetup setup, Class<C> type,
            Function<Address, io.gossamer.sim.core.Init<C>> init) {
        boolean pooled = params.text("neighbours").equals(BOOTSTRAP);
        WellKnownAddress server = pooled ? server(setup) : null;
        ConnectionPools pools = pooled ? pools(setup) : null;
        String sampler = params.text("neighbours");
        PssProtocols.Service<?> service = SERVICES.contains(sampler) ? PssProtocols.service(sampler, setup) : null;
        return new NodeStack() {
            @Override
            public void start(Address address, LinkCapacity link) {
                if (service != null) {
                    setup.host().start(address, link, MemberNode.class, service.node(address, type, init.apply(address)));
                } else if (pooled) {
                    setup.host().start(address, link, MemberNode.class, new MemberNode.Init<>(PoolMember.class,
                            new PoolMember.Init(address, server, pools, setup.headerBytes()), type, init.apply(address)));
                } else {
                    setup.host().start(address, link, type, init.apply(address));
                }
            }

            @Override
            public void broadcast(int node, int sizeBytes) {
                ComponentDefinition root = (ComponentDefinition) setup.host().root(node);
                ComponentDefinition protocol = root instanceof MemberNode member ? member.protocol() : root;
                setup.simulation().deliver(protocol.provided(Broadcast.class), new BroadcastRequest(sizeBytes));
            }
        };
    }
}
