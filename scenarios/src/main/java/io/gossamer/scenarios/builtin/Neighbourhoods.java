package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.bootstrap.PoolMember;
import io.gossamer.protocols.bootstrap.WellKnownAddress;
import io.gossamer.protocols.neighbours.AllNodes;
import io.gossamer.protocols.neighbours.ConnectionPool;
import io.gossamer.protocols.neighbours.MemberNode;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.protocols.neighbours.OverlayNeighbours;
import io.gossamer.scenarios.spi.NeighbourSource;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.ProviderSet;
import io.gossamer.scenarios.spi.Providers;
import io.gossamer.scenarios.spi.RunKey;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import java.util.List;
import java.util.function.Function;

/**
 * The neighbour sources a dissemination protocol can name ({@code neighbours:}): the
 * scenario's overlay, every live node, the bootstrap connection pool, and the peer sampling
 * services.
 */
public final class Neighbourhoods implements ProviderSet {
    /** The bootstrap server's address, shared by the run's server and its members. */
    static final RunKey<WellKnownAddress> BOOTSTRAP_SERVER = RunKey.of("bootstrap server",
            run -> new WellKnownAddress("bootstrap server"));

    @Override
    public List<Provider> providers() {
        return List.of(
                Providers.neighbours("overlay", "the scenario's overlay (by default a random 8-out graph)", true,
                        (params, setup) -> shared(setup, new OverlayNeighbours(setup.overlay()))),
                Providers.neighbours("all", "every live node: the complete graph of the epidemic models (no overlay needed)",
                        false, (params, setup) -> shared(setup, new AllNodes(setup.host()))),
                Providers.neighbours("bootstrap", "the connection pool each node builds by joining through the bootstrap-server"
                        + " node", false, (params, setup) -> bootstrap(setup)),
                PssServices.CYCLON.neighbours(), PssServices.CROUPIER.neighbours(), PssServices.WPSS.neighbours());
    }

    /** A source whose one {@link Neighbours} object serves every node of the run. */
    private static NeighbourSource shared(RunSetup setup, Neighbours neighbours) {
        return new NeighbourSource() {
            @Override
            public <C extends ComponentDefinition> void start(Address address, LinkCapacity link, Class<C> protocol,
                    Function<Neighbours, Init<C>> init) {
                setup.host().start(address, link, protocol, init.apply(neighbours));
            }
        };
    }

    /** The connection pool each node builds by joining through the bootstrap server. */
    private static NeighbourSource bootstrap(RunSetup setup) {
        WellKnownAddress server = setup.shared(BOOTSTRAP_SERVER);
        return new NeighbourSource() {
            @Override
            public <C extends ComponentDefinition> void start(Address address, LinkCapacity link, Class<C> protocol,
                    Function<Neighbours, Init<C>> init) {
                ConnectionPool pool = new ConnectionPool();
                setup.host().start(address, link, MemberNode.class, new MemberNode.Init<>(PoolMember.class,
                        new PoolMember.Init(address, server, pool, setup.headerBytes()), protocol, init.apply(pool)));
            }
        };
    }
}
