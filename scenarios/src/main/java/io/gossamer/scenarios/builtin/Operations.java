package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.OperationProvider;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.Provider;
import io.gossamer.scenarios.spi.ProviderSet;
import io.gossamer.scenarios.spi.Providers;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.Time;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.scenario.DurationDistribution;
import io.gossamer.sim.scenario.Operation;
import io.gossamer.sim.scenario.Operations.NodeStarter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;

/** The operations a scenario's processes can raise ({@code processes[].do}). */
public final class Operations implements ProviderSet {
    private static final Param ONLY_CLASS = classParam("only nodes of this class");
    private static final Param PUBLIC_ONLY = Param.optional("public-only", Kind.BOOLEAN, "false", "only public (not NATed) nodes");

    @Override
    public List<Provider> providers() {
        return List.of(
                new Starting("join", "start a new node (of the given class, or of a class drawn by the classes' shares)",
                        (p, start) -> io.gossamer.sim.scenario.Operations.join(start)),
                Providers.operation("fail", "crash one running node drawn at random (silently: no goodbye)",
                        (p, setup) -> io.gossamer.sim.scenario.Operations.failRandom(selector(p, setup)), ONLY_CLASS, PUBLIC_ONLY),
                Providers.operation("leave", "one running node drawn at random leaves gracefully",
                        (p, setup) -> io.gossamer.sim.scenario.Operations.leaveRandom(selector(p, setup)), ONLY_CLASS, PUBLIC_ONLY),
                Providers.operation("fail-fraction", "crash at once a share of the running nodes, drawn at random",
                        (p, setup) -> io.gossamer.sim.scenario.Operations.failFraction(p.fraction("fraction"), selector(p, setup)),
                        Param.required("fraction", Kind.FRACTION, "share of the running (matching) nodes to crash"),
                        ONLY_CLASS, PUBLIC_ONLY),
                new Starting("churn", "start a new node that lives in sessions: up for a session, down for a downtime, then"
                        + " rejoins", (p, start) -> io.gossamer.sim.scenario.Operations.joinWithSessions(start,
                                p.distribution("session"), p.distribution("downtime"), p.bool("graceful")),
                        Param.required("session", Kind.DISTRIBUTION, "how long a node stays up"),
                        Param.required("downtime", Kind.DISTRIBUTION, "how long it stays down before rejoining"),
                        Param.optional("graceful", Kind.BOOLEAN, "false", "leave gracefully instead of crashing")),
                new Starting("replace", "crash a random node and start a new one; without 'every', gaps are exponential so"
                        + " that 'rate' of the initial nodes are replaced per second",
                        (p, start) -> io.gossamer.sim.scenario.Operations.replaceRandom(start),
                        Param.optional("rate", Kind.FRACTION, "1%", "share of the initial nodes replaced per second (used when"
                                + " 'every' is absent)")) {
                    @Override
                    public DurationDistribution defaultEvery(Params p, RunSetup setup) {
                        double perSecond = p.fraction("rate") * setup.initialNodes();
                        if (perSecond <= 0) {
                            throw p.error("rate", "must be positive (and the scenario must start some nodes) when the process"
                                    + " gives no 'every'");
                        }
                        return DurationDistribution.exponential(Time.SECOND / perSecond);
                    }
                },
                Providers.operation("partition", "split the network: a share of the running nodes (drawn at random) or one"
                        + " class on one side, everyone else on the other", (p, setup) -> nodeClass(p) == null
                                ? io.gossamer.sim.scenario.Operations.partitionRandom(p.fraction("fraction"))
                                : io.gossamer.sim.scenario.Operations.partition(setup.inClass(nodeClass(p))),
                        Param.optional("fraction", Kind.FRACTION, "50%", "share of the running nodes on the first side (when"
                                + " no class is given)"),
                        classParam("put this class on the first side")),
                Providers.operation("heal", "end every partition", (p, setup) -> io.gossamer.sim.scenario.Operations.heal()),
                Providers.operation("set-latency", "change the latency of messages sent from now on",
                        (p, setup) -> (ctx, index) -> ctx.host().network().setLatency(
                                setup.withAccessLatency(p.model("latency").latency(setup.simulation().random()))),
                        Param.required("latency", Kind.LATENCY_MODEL, "the new latency model")),
                Providers.operation("set-loss", "change the loss of messages sent from now on",
                        (p, setup) -> (ctx, index) -> ctx.host().network().setLoss(p.model("loss").loss(setup.simulation().random())),
                        Param.required("loss", Kind.LOSS_MODEL, "the new loss model")),
                Broadcasts.provider());
    }

    /** An operation that starts nodes of the class its {@code class} parameter names, or of a class drawn by share. */
    private static class Starting extends BaseProvider implements OperationProvider {
        private final BiFunction<Params, NodeStarter, Operation> create;

        Starting(String name, String description, BiFunction<Params, NodeStarter, Operation> create, Param... params) {
            super(name, description, withClass(params));
            this.create = create;
        }

        private static List<Param> withClass(Param... params) {
            List<Param> all = new ArrayList<>(List.of(classParam("class of the new nodes (default: drawn by share)")));
            all.addAll(List.of(params));
            return all;
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            String c = nodeClass(p);
            return create.apply(p, (host, id, ctx) -> setup.startNode(c, id, ctx.random()));
        }

        @Override
        public long newNodes(Params p, long count) {
            return count;
        }
    }

    /** The optional "class" parameter: restrict to one node class ("" for any). */
    static Param classParam(String what) {
        return Param.optional("class", Kind.TEXT, "", what);
    }

    /** The class named by the "class" parameter, or null for any. */
    static String nodeClass(Params p) {
        String c = p.text("class");
        return c.isEmpty() ? null : c;
    }

    private static IntPredicate selector(Params p, RunSetup setup) {
        IntPredicate inClass = setup.inClass(nodeClass(p));
        if (!p.bool("public-only")) {
            return inClass;
        }
        NodeHost host = setup.host();
        return id -> inClass.test(id) && host.address(id).nat().isPublic();
    }
}
