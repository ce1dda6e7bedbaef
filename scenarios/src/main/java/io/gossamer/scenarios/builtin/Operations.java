package io.gossamer.scenarios.builtin;

import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.Time;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.scenario.DurationDistribution;
import io.gossamer.sim.scenario.Operation;
import java.util.function.IntPredicate;

/** The operations a scenario's processes can raise ({@code processes[].do}). */
public final class Operations {
    private Operations() {
    }

    /** Start a new node. */
    public static final class Join extends BaseOperation {
        /** Registered with ServiceLoader. */
        public Join() {
            super("join", "start a new node (of the given class, or of a class drawn by the classes' shares)",
                    classParam("class of the new nodes (default: drawn by share)"));
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            String c = nodeClass(p);
            return io.gossamer.sim.scenario.Operations.join((host, id, ctx) -> setup.startNode(c, id, ctx.random()));
        }

        @Override
        public long newNodes(Params p, long count) {
            return count;
        }
    }

    /** Silent crash of a random node. */
    public static final class Fail extends BaseOperation {
        /** Registered with ServiceLoader. */
        public Fail() {
            super("fail", "crash one running node drawn at random (silently: no goodbye)",
                    classParam("only nodes of this class"),
                    Param.optional("public-only", Kind.BOOLEAN, "false", "only public (not NATed) nodes"));
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            return io.gossamer.sim.scenario.Operations.failRandom(selector(p, setup));
        }
    }

    /** Graceful departure of a random node. */
    public static final class Leave extends BaseOperation {
        /** Registered with ServiceLoader. */
        public Leave() {
            super("leave", "one running node drawn at random leaves gracefully",
                    classParam("only nodes of this class"),
                    Param.optional("public-only", Kind.BOOLEAN, "false", "only public (not NATed) nodes"));
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            return io.gossamer.sim.scenario.Operations.leaveRandom(selector(p, setup));
        }
    }

    /** Catastrophic failure. */
    public static final class FailFraction extends BaseOperation {
        /** Registered with ServiceLoader. */
        public FailFraction() {
            super("fail-fraction", "crash at once a share of the running nodes, drawn at random",
                    Param.required("fraction", Kind.FRACTION, "share of the running (matching) nodes to crash"),
                    classParam("only nodes of this class"),
                    Param.optional("public-only", Kind.BOOLEAN, "false", "only public (not NATed) nodes"));
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            return io.gossamer.sim.scenario.Operations.failFraction(p.fraction("fraction"), selector(p, setup));
        }
    }

    /** Nodes that come and go in sessions. */
    public static final class Churn extends BaseOperation {
        /** Registered with ServiceLoader. */
        public Churn() {
            super("churn", "start a new node that lives in sessions: up for a session, down for a downtime, then rejoins",
                    classParam("class of the new nodes (default: drawn by share)"),
                    Param.required("session", Kind.DISTRIBUTION, "how long a node stays up"),
                    Param.required("downtime", Kind.DISTRIBUTION, "how long it stays down before rejoining"),
                    Param.optional("graceful", Kind.BOOLEAN, "false", "leave gracefully instead of crashing"));
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            String c = nodeClass(p);
            return io.gossamer.sim.scenario.Operations.joinWithSessions((host, id, ctx) -> setup.startNode(c, id, ctx.random()),
                    p.distribution("session"), p.distribution("downtime"), p.bool("graceful"));
        }

        @Override
        public long newNodes(Params p, long count) {
            return count;
        }
    }

    /** Churn at a rate: replace random nodes by new ones. */
    public static final class Replace extends BaseOperation {
        /** Registered with ServiceLoader. */
        public Replace() {
            super("replace", "crash a random node and start a new one; without 'every', gaps are exponential so that "
                    + "'rate' of the initial nodes are replaced per second",
                    classParam("class of the new nodes (default: drawn by share)"),
                    Param.optional("rate", Kind.FRACTION, "1%", "share of the initial nodes replaced per second (used when 'every' is absent)"));
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            String c = nodeClass(p);
            return io.gossamer.sim.scenario.Operations.replaceRandom((host, id, ctx) -> setup.startNode(c, id, ctx.random()));
        }

        @Override
        public DurationDistribution defaultEvery(Params p, RunSetup setup) {
            double perSecond = p.fraction("rate") * setup.initialNodes();
            if (perSecond <= 0) {
                throw p.error("rate", "must be positive (and the scenario must start some nodes) when the process gives no 'every'");
            }
            return DurationDistribution.exponential(Time.SECOND / perSecond);
        }

        @Override
        public long newNodes(Params p, long count) {
            return count;
        }
    }

    /** Split the network in two. */
    public static final class Partition extends BaseOperation {
        /** Registered with ServiceLoader. */
        public Partition() {
            super("partition", "split the network: a share of the running nodes (drawn at random) or one class on one side,"
                    + " everyone else on the other",
                    Param.optional("fraction", Kind.FRACTION, "50%", "share of the running nodes on the first side (when no class is given)"),
                    classParam("put this class on the first side"));
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            String c = nodeClass(p);
            double fraction = p.fraction("fraction");
            return (ctx, index) -> {
                int[] live = ctx.host().liveNodes();
                int[] side;
                if (c != null) {
                    IntPredicate in = setup.inClass(c);
                    side = java.util.Arrays.stream(live).filter(in).toArray();
                } else {
                    int k = (int) Math.round(fraction * live.length);
                    for (int i = 0; i < k; i++) {
                        int j = i + ctx.random().nextInt(live.length - i);
                        int t = live[i];
                        live[i] = live[j];
                        live[j] = t;
                    }
                    side = java.util.Arrays.copyOf(live, k);
                    java.util.Arrays.sort(side);
                }
                ctx.host().network().partition(side);
            };
        }
    }

    /** Make the network whole. */
    public static final class Heal extends BaseOperation {
        /** Registered with ServiceLoader. */
        public Heal() {
            super("heal", "end every partition");
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            return io.gossamer.sim.scenario.Operations.heal();
        }
    }

    /** Change the latency model. */
    public static final class SetLatency extends BaseOperation {
        /** Registered with ServiceLoader. */
        public SetLatency() {
            super("set-latency", "change the latency of messages sent from now on",
                    Param.required("latency", Kind.LATENCY_MODEL, "the new latency model"));
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            return (ctx, index) -> ctx.host().network().setLatency(
                    setup.withAccessLatency(p.model("latency").latency(setup.simulation().random())));
        }
    }

    /** Change the loss model. */
    public static final class SetLoss extends BaseOperation {
        /** Registered with ServiceLoader. */
        public SetLoss() {
            super("set-loss", "change the loss of messages sent from now on",
                    Param.required("loss", Kind.LOSS_MODEL, "the new loss model"));
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            return (ctx, index) -> ctx.host().network().setLoss(p.model("loss").loss(setup.simulation().random()));
        }
    }

    private static IntPredicate selector(Params p, RunSetup setup) {
        IntPredicate inClass = setup.inClass(BaseOperation.nodeClass(p));
        if (!p.bool("public-only")) {
            return inClass;
        }
        NodeHost host = setup.host();
        return id -> inClass.test(id) && host.address(id).nat().isPublic();
    }

    /** A live node that {@code selector} accepts, drawn uniformly; -1 if none. */
    static int pick(NodeHost host, IntPredicate selector, io.gossamer.sim.random.RandomStream random) {
        for (int attempt = 0; attempt < 32; attempt++) {
            int id = host.randomLiveNode(random);
            if (id < 0 || selector.test(id)) {
                return id;
            }
        }
        int[] candidates = java.util.Arrays.stream(host.liveNodes()).filter(selector).toArray();
        return candidates.length == 0 ? -1 : candidates[random.nextInt(candidates.length)];
    }
}
