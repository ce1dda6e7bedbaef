package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.bootstrap.PoolMember;
import io.gossamer.protocols.bootstrap.WellKnownAddress;
import io.gossamer.protocols.neighbours.AllNodes;
import io.gossamer.protocols.neighbours.ConnectionPool;
import io.gossamer.protocols.neighbours.MemberNode;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.protocols.neighbours.OverlayNeighbours;
import io.gossamer.protocols.neighbours.SampledNeighbours;
import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.NeighbourProvider;
import io.gossamer.scenarios.spi.NeighbourSource;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.RunKey;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import java.util.function.Function;

/**
 * The neighbour sources a dissemination protocol can name ({@code neighbours:}): the
 * scenario's overlay, every live node, the bootstrap connection pool, and the peer sampling
 * services.
 */
public final class Neighbourhoods {
    /** The bootstrap server's address, shared by the run's server and its members. */
    static final RunKey<WellKnownAddress> BOOTSTRAP_SERVER = RunKey.of("bootstrap server",
            run -> new WellKnownAddress("bootstrap server"));

    private Neighbourhoods() {
    }

    /** A source whose one {@link Neighbours} object serves every node of the run. */
    private static final class Shared implements NeighbourSource {
        private final RunSetup setup;
        private final Neighbours neighbours;

        Shared(RunSetup setup, Neighbours neighbours) {
            this.setup = setup;
            this.neighbours = neighbours;
        }

        @Override
        public <C extends ComponentDefinition> void start(Address address, LinkCapacity link, Class<C> protocol,
                Function<Neighbours, Init<C>> init) {
            setup.host().start(address, link, protocol, init.apply(neighbours));
        }
    }

    /** The scenario's overlay. */
    public static final class Overlay extends BaseProvider implements NeighbourProvider {
        /** Registered with ServiceLoader. */
        public Overlay() {
            super("overlay", "the scenario's overlay (by default a random 8-out graph)");
        }

        @Override
        public boolean needsOverlay() {
            return true;
        }

        @Override
        public NeighbourSource create(Params params, RunSetup setup) {
            return new Shared(setup, new OverlayNeighbours(setup.overlay()));
        }
    }

    /** Every live node. */
    public static final class All extends BaseProvider implements NeighbourProvider {
        /** Registered with ServiceLoader. */
        public All() {
            super("all", "every live node: the complete graph of the epidemic models (no overlay needed)");
        }

        @Override
        public NeighbourSource create(Params params, RunSetup setup) {
            return new Shared(setup, new AllNodes(setup.host()));
        }
    }

    /** The connection pool each node builds by joining through the bootstrap server. */
    public static final class Bootstrap extends BaseProvider implements NeighbourProvider {
        /** Registered with ServiceLoader. */
        public Bootstrap() {
            super("bootstrap", "the connection pool each node builds by joining through the bootstrap-server node");
        }

        @Override
        public NeighbourSource create(Params params, RunSetup setup) {
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

    /** The views of a peer sampling service run beside the protocol on every node. */
    private abstract static class Sampled extends BaseProvider implements NeighbourProvider {
        private final PssServices.Service<?, ?> service;

        Sampled(PssServices.Service<?, ?> service) {
            super(service.name(), "the samples of " + service.name() + " run beside the protocol: " + service.description(),
                    service.parameters());
            this.service = service;
        }

        @Override
        public NeighbourSource create(Params params, RunSetup setup) {
            return source(service, params, setup);
        }

        private static <S extends ComponentDefinition> NeighbourSource source(PssServices.Service<S, ?> service,
                Params params, RunSetup setup) {
            Function<Address, Init<S>> nodes = service.nodes(params, setup);
            return new NeighbourSource() {
                @Override
                public <C extends ComponentDefinition> void start(Address address, LinkCapacity link, Class<C> protocol,
                        Function<Neighbours, Init<C>> init) {
                    SampledNeighbours samples = new SampledNeighbours();
                    setup.host().start(address, link, MemberNode.class, new MemberNode.Init<>(service.type(),
                            nodes.apply(address), protocol, init.apply(samples), samples));
                }
            };
        }
    }

    /** Cyclon's samples. */
    public static final class Cyclon extends Sampled {
        /** Registered with ServiceLoader. */
        public Cyclon() {
            super(PssServices.CYCLON);
        }
    }

    /** Croupier's samples. */
    public static final class Croupier extends Sampled {
        /** Registered with ServiceLoader. */
        public Croupier() {
            super(PssServices.CROUPIER);
        }
    }

    /** WPSS's samples. */
    public static final class Wpss extends Sampled {
        /** Registered with ServiceLoader. */
        public Wpss() {
            super(PssServices.WPSS);
        }
    }
}
