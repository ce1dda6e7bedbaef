package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.gossip.PushGossip;
import io.gossamer.protocols.gossip.PushPullGossip;
import io.gossamer.protocols.gossip.RandomWalkGossip;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.NodeStack;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.ProtocolProvider;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.net.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The gossip protocols that draw their peers at random ({@code io.gossamer.protocols.gossip}):
 * random-walk, push, push-pull and infect-and-die. Each sends over the scenario's overlay,
 * over every live node ({@code neighbours: all}, the complete graph of the epidemic models),
 * or over the connection pools built through the bootstrap server ({@code neighbours: bootstrap}).
 */
public final class GossipProtocols {
    private GossipProtocols() {
    }

    /** What the four providers share: the neighbour choice, broadcasting, the stack. */
    private abstract static class GossipProvider implements ProtocolProvider {
        @Override
        public final List<Param> parameters() {
            List<Param> params = new ArrayList<>(ownParameters());
            params.add(NeighbourChoice.param());
            return List.copyOf(params);
        }

        /** The parameters besides {@code neighbours}. */
        abstract List<Param> ownParameters();

        @Override
        public final boolean broadcasts() {
            return true;
        }

        @Override
        public final boolean needsOverlay(Params params) {
            return NeighbourChoice.needsOverlay(params);
        }

        static Neighbours neighbours(Params params, RunSetup setup) {
            return NeighbourChoice.neighbours(params, setup);
        }

        /** Nodes that each run one component of {@code type}, made by {@code init} from the address. */
        static <C extends ComponentDefinition> NodeStack stack(Params params, RunSetup setup, Class<C> type,
                Function<Address, io.gossamer.sim.core.Init<C>> init) {
            return NeighbourChoice.stack(params, setup, type, init);
        }

        static Param fanout(String defaultValue, String doc) {
            return Param.optional("fanout", Kind.INTEGER, defaultValue, doc);
        }

        static Param period() {
            return Param.optional("period", Kind.DURATION, "100ms", "length of a gossip round");
        }

        static Param phase() {
            return Param.choice("phase", "when rounds fall: aligned (every node at multiples of the period, the"
                    + " synchronous rounds of the theory) or random (a phase per node)", "aligned", "random");
        }

        static long period(Params params) {
            long period = params.duration("period");
            if (period <= 0) {
                throw params.error("period", "must be positive");
            }
            return period;
        }
    }

    /** Random-walk gossip: forward each new message to f random neighbours. */
    public static final class RandomWalk extends GossipProvider {
        @Override
        public String name() {
            return "random-walk";
        }

        @Override
        public String description() {
            return "random-walk gossip: forward each new message once to f neighbours drawn at random";
        }

        @Override
        List<Param> ownParameters() {
            return List.of(fanout("3", "neighbours each node forwards a new message to"),
                    Param.optional("exclude-sender", Kind.BOOLEAN, "true", "never forward a message back to the node it came from"),
                    Param.optional("ttl", Kind.INTEGER, "0", "largest number of hops a message travels (0: no limit)"));
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            int ttl = params.intValue("ttl", 0);
            RandomWalkGossip.Setup shared = new RandomWalkGossip.Setup(neighbours(params, setup), setup.dissemination(),
                    params.intValue("fanout", 1), params.bool("exclude-sender"), ttl == 0 ? Integer.MAX_VALUE : ttl,
                    setup.headerBytes());
            return stack(params, setup, RandomWalkGossip.class, a -> new RandomWalkGossip.Init(a, shared));
        }
    }

    /** Infect-and-die: forward once, on first receipt, to f random neighbours. */
    public static final class InfectAndDie extends GossipProvider {
        @Override
        public String name() {
            return "infect-and-die";
        }

        @Override
        public String description() {
            return "infect-and-die gossip: on first receipt send a message once to f neighbours drawn at random, never again";
        }

        @Override
        List<Param> ownParameters() {
            return List.of(fanout("2", "neighbours each node sends a message to, once"));
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            var shared = new io.gossamer.protocols.gossip.InfectAndDie.Setup(neighbours(params, setup),
                    setup.dissemination(), params.intValue("fanout", 1), setup.headerBytes());
            return stack(params, setup, io.gossamer.protocols.gossip.InfectAndDie.class,
                    a -> new io.gossamer.protocols.gossip.InfectAndDie.Init(a, shared));
        }
    }

    /** Push gossip in rounds. */
    public static final class Push extends GossipProvider {
        @Override
        public String name() {
            return "push";
        }

        @Override
        public String description() {
            return "push gossip in rounds: every round each informed node pushes what it holds to f random neighbours";
        }

        @Override
        List<Param> ownParameters() {
            return List.of(period(), fanout("1", "neighbours each informed node pushes to per round"),
                    Param.optional("max-rounds", Kind.INTEGER, "0", "rounds in which a node pushes a message it holds"
                            + " (0: as long as the run lasts; stop it with stop-when: all-delivered or the duration)"),
                    phase());
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            PushGossip.Setup shared = new PushGossip.Setup(neighbours(params, setup), setup.dissemination(),
                    params.intValue("fanout", 1), period(params), params.intValue("max-rounds", 0),
                    params.text("phase").equals("random"), setup.headerBytes());
            return stack(params, setup, PushGossip.class, a -> new PushGossip.Init(a, shared));
        }
    }

    /** Push-pull gossip in rounds. */
    public static final class PushPull extends GossipProvider {
        @Override
        public String name() {
            return "push-pull";
        }

        @Override
        public String description() {
            return "push-pull gossip in rounds: every node sends f random neighbours what it holds, they answer with"
                    + " what it lacks";
        }

        @Override
        List<Param> ownParameters() {
            return List.of(period(), fanout("1", "neighbours each node contacts per round"), phase());
        }

        @Override
        public NodeStack create(Params params, RunSetup setup) {
            PushPullGossip.Setup shared = new PushPullGossip.Setup(neighbours(params, setup), setup.dissemination(),
                    params.intValue("fanout", 1), period(params), params.text("phase").equals("random"),
                    setup.headerBytes());
            return stack(params, setup, PushPullGossip.class, a -> new PushPullGossip.Init(a, shared));
        }
    }
}
