package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.neighbours.MemberNode;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.protocols.neighbours.SampledNeighbours;
import io.gossamer.protocols.pss.Croupier;
import io.gossamer.protocols.pss.Cyclon;
import io.gossamer.protocols.pss.PeerSampling;
import io.gossamer.protocols.pss.Tracker;
import io.gossamer.protocols.pss.Wpss;
import io.gossamer.scenarios.spi.NeighbourProvider;
import io.gossamer.scenarios.spi.NeighbourSource;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Parameters;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.Providers;
import io.gossamer.scenarios.spi.RunKey;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.config.Parameter;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import java.util.List;
import java.util.function.Function;

/**
 * The peer sampling services as scenarios run them, alone ({@code protocol: cyclon}) or beside
 * a dissemination protocol ({@code neighbours: cyclon}): each service's parameters are those of
 * its configuration record plus {@code introducers}. A node joins knowing a few introducers
 * drawn among the live nodes that started before it (public ones for the NAT-aware services),
 * as a tracker would give them.
 */
final class PssServices {
    private PssServices() {
    }

    /** How a joining node finds its first peers. */
    record Joining(@Parameter(doc = "nodes a joining node knows: drawn among the live nodes that started before it (public"
            + " ones for croupier and wpss)", defaultValue = "5", min = 0) int introducers) {
    }

    /**
     * One service: what a scenario calls it and how a node of it is made.
     *
     * @param name the name in scenario files
     * @param description one line
     * @param type the component class
     * @param config its configuration record
     * @param publicIntroducers true if a newcomer must be introduced to public nodes
     * @param init a node's parameters from its address, the parameters, its introducers and the header size
     * @param <S> the component
     * @param <R> the configuration record
     */
    record Service<S extends ComponentDefinition, R extends Record>(String name, String description, Class<S> type,
            Class<R> config, boolean publicIntroducers, ServiceInit<S, R> init) {
        /** The parameter list: the service's own, then {@code introducers}. */
        List<Param> parameters() {
            return Parameters.declared(config, Joining.class);
        }

        /** A factory of node parameters for one class of one run. */
        Function<Address, Init<S>> nodes(Params params, RunSetup setup) {
            R values = Parameters.bind(config, params);
            int k = Parameters.bind(Joining.class, params).introducers();
            Tracker introducers = setup.shared(INTRODUCERS);
            return a -> init.create(a, values, introducers.forNewcomer(a, k, publicIntroducers), setup.headerBytes());
        }

        /** The service as the protocol of a node class ({@code protocol: cyclon}). */
        ProtocolProvider protocol() {
            return Providers.protocol(name, description, List.of(PeerSampling.class), (params, setup) -> {
                Function<Address, Init<S>> nodes = nodes(params, setup);
                return (address, link) -> setup.host().start(address, link, type, nodes.apply(address));
            }, parameters().toArray(Param[]::new));
        }

        /** The service's samples as the neighbours of a dissemination protocol run beside it ({@code neighbours: cyclon}). */
        NeighbourProvider neighbours() {
            return Providers.neighbours(name, "the samples of " + name + " run beside the protocol: " + description, false,
                    (params, setup) -> {
                        Function<Address, Init<S>> nodes = nodes(params, setup);
                        return new NeighbourSource() {
                            @Override
                            public <C extends ComponentDefinition> void start(Address address, LinkCapacity link, Class<C> protocol,
                                    Function<Neighbours, Init<C>> init) {
                                SampledNeighbours samples = new SampledNeighbours();
                                setup.host().start(address, link, MemberNode.class, new MemberNode.Init<>(type,
                                        nodes.apply(address), protocol, init.apply(samples), samples));
                            }
                        };
                    }, parameters().toArray(Param[]::new));
        }
    }

    /** Makes a node's parameters. */
    @FunctionalInterface
    interface ServiceInit<S extends ComponentDefinition, R extends Record> {
        Init<S> create(Address self, R config, List<Address> introducers, int headerBytes);
    }

    static final Service<Cyclon, Cyclon.Config> CYCLON = new Service<>("cyclon",
            "Cyclon peer sampling (NAT-unaware): shuffle with the oldest view entry, swap descriptors",
            Cyclon.class, Cyclon.Config.class, false, Cyclon.Init::new);
    static final Service<Croupier, Croupier.Config> CROUPIER = new Service<>("croupier",
            "Croupier NAT-aware peer sampling: public and private views, shuffles only with public nodes,"
                    + " estimate of the public share",
            Croupier.class, Croupier.Config.class, true, Croupier.Init::new);
    static final Service<Wpss, Wpss.Config> WPSS = new Service<>("wpss",
            "WPSS wormhole peer sampling: a stable NAT-friendly base overlay, wormholes to random public nodes"
                    + " renewed every wormhole-period, self-advertisements by short random walks",
            Wpss.class, Wpss.Config.class, true, Wpss.Init::new);

    /** The run's record of node starts, from which newcomers get introducers. */
    static final RunKey<Tracker> INTRODUCERS = RunKey.of("pss introducers",
            run -> new Tracker(run.host(), run.simulation().random().stream("pss.introducers")));
}
