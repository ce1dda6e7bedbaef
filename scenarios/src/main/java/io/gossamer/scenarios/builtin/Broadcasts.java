package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.broadcast.Broadcast;
import io.gossamer.protocols.broadcast.BroadcastObservers;
import io.gossamer.scenarios.spi.BaseProvider;
import io.gossamer.scenarios.spi.Kind;
import io.gossamer.scenarios.spi.OperationProvider;
import io.gossamer.scenarios.spi.Param;
import io.gossamer.scenarios.spi.Params;
import io.gossamer.scenarios.spi.RunKey;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.core.PortType;
import io.gossamer.sim.metrics.DisseminationLog;
import io.gossamer.sim.scenario.Operation;
import io.gossamer.sim.scenario.Operations.NodeAction;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The broadcast application: the {@code broadcast} operation injects requests into nodes'
 * {@link Broadcast} ports, and the run's {@link DisseminationLog} observes what follows from
 * outside the protocols ({@link BroadcastObservers}). No protocol reports anything.
 */
public final class Broadcasts {
    /**
     * The run's log: created on first use by the operation or the dissemination metric, with
     * its observers, and waited for by {@code stop-when: all-delivered}.
     */
    static final RunKey<DisseminationLog> LOG = RunKey.of("dissemination log", Broadcasts::observe);

    private Broadcasts() {
    }

    private static DisseminationLog observe(RunSetup setup) {
        // Nodes whose protocol does not disseminate (a broker, a bootstrap server) are no target; in a
        // part of a split run, nor are the nodes other parts host (their parts count them).
        IntPredicate audience = setup.providing(Broadcast.class);
        if (setup.isPart()) {
            audience = audience.and(setup.hosted());
        }
        DisseminationLog log = BroadcastObservers.attach(setup.host(), audience);
        setup.completeWhen(log::allDelivered);
        return log;
    }

    static OperationProvider provider() {
        return new BroadcastOp();
    }

    /** Application event: broadcast a payload. */
    private static final class BroadcastOp extends BaseProvider implements OperationProvider {
        BroadcastOp() {
            super("broadcast", "broadcast a payload from a running node (given, or drawn at random)",
                    Param.optional("size", Kind.SIZE, "1KiB", "payload size"),
                    Param.optional("from", Kind.INTEGER, "-1", "id of the sending node (-1: a running node drawn at random)"),
                    Operations.classParam("draw the sender among nodes of this class (default: among all nodes whose"
                            + " protocol broadcasts)"));
        }

        @Override
        public Class<? extends PortType> requires() {
            return Broadcast.class;
        }

        @Override
        public List<String> defaultMetrics() {
            return List.of("dissemination");
        }

        @Override
        public Operation create(Params p, RunSetup setup) {
            long size = p.size("size");
            if (size > Integer.MAX_VALUE / 2) {
                throw p.error("size", "must be at most 1GiB");
            }
            long from = p.integer("from");
            String c = Operations.nodeClass(p);
            // Without a class, the sender is any node that can broadcast (never the broker or a server).
            IntPredicate inClass = c == null ? setup.providing(Broadcast.class) : setup.inClass(c);
            DisseminationLog log = setup.shared(LOG);
            NodeAction send = (ctx, node) -> BroadcastObservers.broadcast(ctx.host(), log, node, (int) size);
            return from < 0 ? io.gossamer.sim.scenario.Operations.onRandomNode(inClass, send) : (ctx, index) -> {
                if (ctx.host().isAlive((int) from)) {
                    send.apply(ctx, (int) from);
                }
            };
        }
    }
}
