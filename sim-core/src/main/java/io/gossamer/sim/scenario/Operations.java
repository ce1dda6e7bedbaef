package io.gossamer.sim.scenario;

import io.gossamer.sim.node.NodeHost;
import java.util.function.IntPredicate;

/** The common {@link Operation}s: joins, failures, departures, churn, partitions. */
public final class Operations {
    private Operations() {
    }

    /** Starts a node with a given id: creates its component tree on the host. */
    @FunctionalInterface
    public interface NodeStarter {
        /** Starts node {@code id} (which is not running) on {@code host}. */
        void start(NodeHost host, int id, ScenarioContext context);
    }

    /** Joins a new node, with a fresh id from the run. */
    public static Operation join(NodeStarter starter) {
        return (ctx, index) -> starter.start(ctx.host(), ctx.run().newNodeId(), ctx);
    }

    /** Fails (silent crash) one running node drawn uniformly; nothing if none runs. */
    public static Operation failRandom() {
        return failRandom(id -> true);
    }

    /** Fails one running node drawn uniformly among those {@code selector} accepts. */
    public static Operation failRandom(IntPredicate selector) {
        return (ctx, index) -> {
            int id = pick(ctx, selector);
            if (id >= 0) {
                ctx.host().fail(id);
            }
        };
    }

    /** Lets one running node drawn uniformly leave gracefully. */
    public static Operation leaveRandom() {
        return leaveRandom(id -> true);
    }

    /** Lets one running node drawn uniformly among those {@code selector} accepts leave. */
    public static Operation leaveRandom(IntPredicate selector) {
        return (ctx, index) -> {
            int id = pick(ctx, selector);
            if (id >= 0) {
                ctx.host().leave(id);
            }
        };
    }

    /**
     * Fails, at once, {@code round(fraction * n)} nodes drawn without replacement among the
     * {@code n} running nodes that {@code selector} accepts: a catastrophic failure.
     */
    public static Operation failFraction(double fraction, IntPredicate selector) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the fraction to fail must be in [0, 1], got " + fraction);
        }
        return (ctx, index) -> {
            int[] candidates = matching(ctx.host(), selector);
            int k = (int) Math.round(fraction * candidates.length);
            for (int i = 0; i < k; i++) {
                int j = i + ctx.random().nextInt(candidates.length - i);
                int chosen = candidates[j];
                candidates[j] = candidates[i];
                candidates[i] = chosen;
                ctx.host().fail(chosen);
            }
        };
    }

    /**
     * Churn at a rate: fails one running node drawn uniformly and joins a new one. Raise it
     * from a process with exponential gaps of mean {@code 1 / (rate * N)} seconds to replace
     * a share {@code rate} of N nodes per second.
     */
    public static Operation replaceRandom(NodeStarter starter) {
        return (ctx, index) -> {
            int id = ctx.host().randomLiveNode(ctx.random());
            if (id >= 0) {
                ctx.host().fail(id);
            }
            starter.start(ctx.host(), ctx.run().newNodeId(), ctx);
        };
    }

    /**
     * Joins a new node that lives in sessions: each session lasts a draw of {@code session},
     * ends with a failure (or a graceful leave if {@code graceful}), and the node rejoins
     * with the same id after a draw of {@code downtime}, for ever.
     */
    public static Operation joinWithSessions(
            NodeStarter starter, DurationDistribution session, DurationDistribution downtime, boolean graceful) {
        return (ctx, index) -> {
            int id = ctx.run().newNodeId();
            new Sessions(ctx, starter, session, downtime, graceful, id).up();
        };
    }

    /** The sessions of one churning node. */
    private record Sessions(ScenarioContext ctx, NodeStarter starter, DurationDistribution session,
            DurationDistribution downtime, boolean graceful, int id) {

        void up() {
            starter.start(ctx.host(), id, ctx);
            ctx.simulation().schedule(session.sample(ctx.random()), this::down);
        }

        void down() {
            if (ctx.host().isAlive(id)) {
                if (graceful) {
                    ctx.host().leave(id);
                } else {
                    ctx.host().fail(id);
                }
            }
            // A graceful leave completes within this instant; rejoin strictly later.
            ctx.simulation().schedule(Math.max(1, downtime.sample(ctx.random())), this::up);
        }
    }

    /** Does something at one node; {@link #onRandomNode} draws which. */
    @FunctionalInterface
    public interface NodeAction {
        /** Acts on running node {@code id}, e.g. injects a broadcast through its root component. */
        void apply(ScenarioContext context, int id);
    }

    /**
     * Applies {@code action} to one running node drawn uniformly (nothing if none runs): for
     * example an application event such as "broadcast 1 KiB from a random live node".
     */
    public static Operation onRandomNode(NodeAction action) {
        return (ctx, index) -> {
            int id = ctx.host().randomLiveNode(ctx.random());
            if (id >= 0) {
                action.apply(ctx, id);
            }
        };
    }

    /** Applies {@code action} to one running node drawn uniformly among those {@code selector} accepts (nothing if none). */
    public static Operation onRandomNode(IntPredicate selector, NodeAction action) {
        return (ctx, index) -> {
            int id = pick(ctx, selector);
            if (id >= 0) {
                action.apply(ctx, id);
            }
        };
    }

    /** Splits the network: the nodes {@code selector} accepts on one side, the rest on the other. */
    public static Operation partition(IntPredicate selector) {
        return (ctx, index) -> ctx.host().network().partition(matching(ctx.host(), selector));
    }

    /**
     * Splits the network: {@code round(fraction * n)} of the {@code n} running nodes, drawn
     * uniformly without replacement, on one side, the rest on the other.
     */
    public static Operation partitionRandom(double fraction) {
        return (ctx, index) -> {
            int[] live = ctx.host().liveNodes();
            int k = (int) Math.round(fraction * live.length);
            for (int i = 0; i < k; i++) {
                int j = i + ctx.random().nextInt(live.length - i);
                int t = live[i];
                live[i] = live[j];
                live[j] = t;
            }
            int[] side = java.util.Arrays.copyOf(live, k);
            java.util.Arrays.sort(side);
            ctx.host().network().partition(side);
        };
    }

    /** Replaces the network's latency model for messages sent from now on. */
    public static Operation setLatency(io.gossamer.sim.net.LatencyModel model) {
        return (ctx, index) -> ctx.host().network().setLatency(model);
    }

    /** Replaces the network's loss model for messages sent from now on. */
    public static Operation setLoss(io.gossamer.sim.net.LossModel model) {
        return (ctx, index) -> ctx.host().network().setLoss(model);
    }

    /** Makes the network whole again. */
    public static Operation heal() {
        return (ctx, index) -> ctx.host().network().heal();
    }

    private static int pick(ScenarioContext ctx, IntPredicate selector) {
        NodeHost host = ctx.host();
        // Rejection sampling is O(1) when most nodes qualify; fall back to a scan otherwise.
        for (int attempt = 0; attempt < 32; attempt++) {
            int id = host.randomLiveNode(ctx.random());
            if (id < 0) {
                return -1;
            }
            if (selector.test(id)) {
                return id;
            }
        }
        int[] candidates = matching(host, selector);
        return candidates.length == 0 ? -1 : candidates[ctx.random().nextInt(candidates.length)];
    }

    private static int[] matching(NodeHost host, IntPredicate selector) {
        return java.util.Arrays.stream(host.liveNodes()).filter(selector).toArray();
    }
}
