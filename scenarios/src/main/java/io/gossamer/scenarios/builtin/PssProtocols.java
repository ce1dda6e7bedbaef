package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.hyparview.Contacts;
import io.gossamer.protocols.neighbours.MemberNode;
import io.gossamer.protocols.pss.Croupier;
import io.gossamer.protocols.pss.Cyclon;
import io.gossamer.protocols.pss.Wpss;
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
    static final List<String> SERVICES = List.of("cyclon", "croupier", "wpss");

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
        <C extends io.gossamer.sim.core.ComponentDefinition> MemberNode.Init<S, C> node(Address address, Class<C> protocol,
                io.gossamer.sim.core.Init<C> protocolInit) {
            return new MemberNode.Init<>(type, init.apply(address), protocol, protocolInit);
        }
    }

    /** The named service with its default parameters. */
    static Service<?> service(String name, RunSetup setup) {
        Introducers introducers = introducers(setup);
        switch (name) {
            case "cyclon": {
                Cyclon.Setup shared = Cyclon.Setup.defaults(views(setup));
                return new Service<>(Cyclon.class, a -> new Cyclon.Init(a, shared,
                        introducers.forNewcomer(a, INTRODUCERS, false)));
            }
            case "croupier": {
                Croupier.Setup shared = Croupier.Setup.defaults(views(setup));
                return new Service<>(Croupier.class, a -> new Croupier.Init(a, shared,
                        introducers.forNewcomer(a, INTRODUCERS, true)));
            }
            case "wpss": {
                Wpss.Setup shared = Wpss.Setup.defaults(views(setup));
                return new Service<>(Wpss.class, a -> new Wpss.Init(a, shared, introducers.forNewcomer(a, INTRODUCERS, true)));
            }
            default:
                throw new IllegalArgumentException("no peer sampling service " + name);
        }
    }

    static final int INTRODUCERS = 5;

    /** A default as scenario text: the services' defaults live in their Setup records, once. */
    static String text(int value) {
        return Integer.toString(value);
    }

    /** A whole number of seconds as scenario text ("10s"). */
    static String seconds(long nanos) {
        if (nanos % io.gossamer.sim.Time.SECOND != 0) {
            throw new IllegalArgumentException("not whole seconds: " + nanos + " ns");
        }
        return nanos / io.gossamer.sim.Time.SECOND + "s";
    }

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
    public static final class CyclonProtocol extends ServiceProvider {
        private static final Cyclon.Setup DEFAULTS = Cyclon.Setup.defaults(null);

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
                    Param.optional("view-size", Kind.INTEGER, text(DEFAULTS.viewSize()), "c: descriptors a view holds"),
                    Param.optional("shuffle-length", Kind.INTEGER, text(DEFAULTS.shuffleLength()),
                            "l: descriptors exchanged per shuffle (at most c)"),
                    Param.optional("period", Kind.DURATION, seconds(DEFAULTS.period()),
                            "time between a node's shuffles (one age round)"),
                    introducersParam());
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

    /** Base of the services' providers: no broadcast, no overlay. */
    abstract static class ServiceProvider implements ProtocolProvider {
        @Override
        public boolean broadcasts() {
            return false;
        }

        @Override
        public boolean needsOverlay(Params params) {
            return false;
        }
    }

    /** Croupier. */
    public static final class CroupierProtocol extends ServiceProvider {
        private static final Croupier.Setup DEFAULTS = Croupier.Setup.defaults(null);

        @Override
        public String name() {
            return "croupier";
        }

        @Override
        public String description() {
            return "Croupier NAT-aware peer sampling: public and private views, shuffles only with public nodes,"
                    + " estimate of the public share";
        }

        @Override
        public List<Param> parameters() {
            return List.of(
                    Param.optional("view-size", Kind.INTEGER, text(DEFAULTS.viewSize()), "c: descriptors in each of the two views"
                            + " (published code uses 10-15)"),
                    Param.optional("shuffle-length", Kind.INTEGER, text(DEFAULTS.shuffleLength()), "l: descriptors sent per"
                            + " shuffle, half public,"
                            + " half private, plus the sender's own"),
                    Param.optional("period", Kind.DURATION, seconds(DEFAULTS.period()), "time between a node's shuffles (one age"
                            + " round)"),
                    Param.optional("estimate-window", Kind.INTEGER, text(DEFAULTS.estimateWindow()), "rounds over which a public node counts the"
                            + " requests it receives to estimate the public share"),
                    introducersParam());
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            int c = params.intValue("view-size", 1);
            int l = params.intValue("shuffle-length", 1);
            if (l > 2 * c) {
                throw params.error("shuffle-length", "must be at most twice view-size (" + 2 * c + "), got " + l);
            }
            Croupier.Setup shared = new Croupier.Setup(c, l, Metrics.positive(params, "period"),
                    params.intValue("estimate-window", 1), views(setup), setup.headerBytes());
            int k = params.intValue("introducers", 0);
            Introducers introducers = introducers(setup);
            return stack(setup, Croupier.class, a -> new Croupier.Init(a, shared, introducers.forNewcomer(a, k, true)));
        }
    }

    /** WPSS. */
    public static final class WpssProtocol extends ServiceProvider {
        private static final Wpss.Setup DEFAULTS = Wpss.Setup.defaults(null);

        @Override
        public String name() {
            return "wpss";
        }

        @Override
        public String description() {
            return "WPSS wormhole peer sampling: a stable NAT-friendly base overlay, wormholes to random public nodes"
                    + " renewed every wormhole-period, self-advertisements by short random walks";
        }

        @Override
        public List<Param> parameters() {
            return List.of(
                    Param.optional("view-size", Kind.INTEGER, text(DEFAULTS.viewSize()), "c: descriptors the view holds (the"
                            + " paper's 50)"),
                    Param.optional("period", Kind.DURATION, seconds(DEFAULTS.period()), "Delta: time between a node's advertisements (one age"
                            + " round; the paper's 1 s)"),
                    Param.optional("wormhole-period", Kind.DURATION, seconds(DEFAULTS.wormholePeriod()), "Delta_W: how long a wormhole is kept; about"
                            + " 1/Delta_W new connections per node per second"),
                    Param.optional("ttl", Kind.INTEGER, text(DEFAULTS.ttl()), "hops of an advertisement's random walk from the wormhole"),
                    Param.optional("base-degree", Kind.INTEGER, text(DEFAULTS.baseDegree()), "k: permanent base-overlay links each node opens to"
                            + " public nodes"),
                    Param.optional("metropolis-hastings", Kind.BOOLEAN, Boolean.toString(DEFAULTS.metropolisHastings()), "correct the walks for degree differences"
                            + " (public nodes have many more base links than private ones)"),
                    introducersParam());
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            Wpss.Setup shared = new Wpss.Setup(params.intValue("view-size", 1), Metrics.positive(params, "period"),
                    Metrics.positive(params, "wormhole-period"), params.intValue("ttl", 0), params.intValue("base-degree", 1),
                    params.bool("metropolis-hastings"), views(setup), setup.headerBytes());
            int k = params.intValue("introducers", 0);
            Introducers introducers = introducers(setup);
            return stack(setup, Wpss.class, a -> new Wpss.Init(a, shared, introducers.forNewcomer(a, k, true)));
        }
    }
}
