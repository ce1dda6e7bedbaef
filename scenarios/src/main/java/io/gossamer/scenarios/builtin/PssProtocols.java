package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.hyparview.Contacts;
import io.gossamer.protocols.pss.Cyclon;
import io.gossamer.protocols.pss.SampledNode;
import io.gossamer.protocols.pss.Views;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.random.RandomStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The peer sampling services as scenario protocols. All publish their views into one
 * run-shared {@link Views} (what the {@code pss} metric reads). A node joins knowing a few
 * introducers drawn among the live nodes that started before it (public ones for the
 * NAT-aware services), as a tracker would give them.
 */
public final class PssProtocols {
    static final String VIEWS_KEY = "pss-views";
    static final String ANY_KEY = "pss-introducers";
    static final String PUBLIC_KEY = "pss-public-introducers";

    /** The services, by protocol name. */
    static final List<String> SERVICES = List.of("cyclon");

    private PssProtocols() {
    }

    /**
     * A service with its defaults, to run beside a dissemination protocol on every node.
     *
     * @param type the service's component class
     * @param init its parameters for a node
     * @param <S> the service's type
     */
    record Service<S extends io.gossamer.sim.core.ComponentDefinition>(Class<S> type,
            Function<Address, io.gossamer.sim.core.Init<S>> init) {
        <C extends io.gossamer.sim.core.ComponentDefinition> SampledNode.Init<S, C> node(Address address, Class<C> protocol,
                io.gossamer.sim.core.Init<C> protocolInit) {
            return new SampledNode.Init<>(type, init.apply(address), protocol, protocolInit);
        }
    }

    /** The named service with its default parameters. */
    static Service<?> service(String name, RunSetup setup) {
        Introducers introducers = introducers(setup);
        switch (name) {
            case "cyclon": {
                Cyclon.Setup shared = new Cyclon.Setup(CyclonProtocol.VIEW_SIZE, CyclonProtocol.SHUFFLE_LENGTH,
                        io.gossamer.sim.Time.seconds(1), views(setup), setup.headerBytes());
                return new Service<>(Cyclon.class, a -> new Cyclon.Init(a, shared,
                        introducers.forNewcomer(a, INTRODUCERS, false)));
            }
            default:
                throw new IllegalArgumentException("no peer sampling service " + name);
        }
    }

    static final int INTRODUCERS = 5;

    /** The run's view registry. */
    static Views views(RunSetup setup) {
        return setup.shared(VIEWS_KEY, Views::new);
    }

    static Param introducersParam() {
        return Param.optional("introducers", Kind.INTEGER, Integer.toString(INTRODUCERS), "nodes a joining node knows: drawn among the live nodes"
                + " that started before it (public ones for croupier and wpss)");
    }

    /** Records node starts and draws introducers for newcomers. */
    static final class Introducers {
        private final NodeHost host;
        private final Contacts any;
        private final Contacts publicOnes;
        private final RandomStream random;

        Introducers(RunSetup setup) {
            this.host = setup.host();
            this.any = new Contacts(host::isAlive);
            this.publicOnes = new Contacts(host::isAlive);
            this.random = setup.simulation().random().stream("pss.introducers");
        }

        /** Up to {@code k} distinct live nodes for {@code self}, then records {@code self}. */
        List<Address> forNewcomer(Address self, int k, boolean publicOnly) {
            Contacts from = publicOnly ? publicOnes : any;
            List<Address> out = new ArrayList<>();
            for (int tries = 0; out.size() < k && tries < 4 * k; tries++) {
                int id = from.pick(self.id(), random);
                if (id < 0) {
                    break;
                }
                Address a = host.address(id);
                if (!out.contains(a)) {
                    out.add(a);
                }
            }
            any.joined(self.id());
            if (self.isPublic()) {
                publicOnes.joined(self.id());
            }
            return out;
        }
    }

    static Introducers introducers(RunSetup setup) {
        return setup.shared(ANY_KEY, () -> new Introducers(setup));
    }

    /** A stack that starts one service component per node. */
    static <C extends io.gossamer.sim.core.ComponentDefinition> NodeStack stack(RunSetup setup, Class<C> type,
            Function<Address, io.gossamer.sim.core.Init<C>> init) {
        return new NodeStack() {
            @Override
            public void start(Address address, LinkCapacity link) {
                setup.host().start(address, link, type, init.apply(address));
            }
        };
    }

    /** Cyclon. */
    public static final class CyclonProtocol implements ProtocolProvider {
        static final int VIEW_SIZE = 20;
        static final int SHUFFLE_LENGTH = 10;

        @Override
        public String name() {
            return "cyclon";
        }

        @Override
        public String description() {
            return "Cyclon peer sampling (NAT-unaware): shuffle with the oldest view entry, swap descriptors";
        }

        @Override
        public List<Param> parameters() {
            return List.of(
                    Param.optional("view-size", Kind.INTEGER, Integer.toString(VIEW_SIZE), "c: descriptors a view holds"),
                    Param.optional("shuffle-length", Kind.INTEGER, Integer.toString(SHUFFLE_LENGTH), "l: descriptors exchanged per shuffle (at most c)"),
                    Param.optional("period", Kind.DURATION, "1s", "time between a node's shuffles (one age round)"),
                    introducersParam());
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
            Cyclon.Setup shared = cyclonSetup(params, setup);
            int k = params.intValue("introducers", 0);
            Introducers introducers = introducers(setup);
            return stack(setup, Cyclon.class, a -> new Cyclon.Init(a, shared, introducers.forNewcomer(a, k, false)));
        }

        static Cyclon.Setup cyclonSetup(Params params, RunSetup setup) {
            int c = params.intValue("view-size", 1);
            int l = params.intValue("shuffle-length", 1);
            if (l > c) {
                throw params.error("shuffle-length", "must be at most view-size (" + c + "), got " + l);
            }
            return new Cyclon.Setup(c, l, Metrics.positive(params, "period"), views(setup), setup.headerBytes());
        }
    }
}
