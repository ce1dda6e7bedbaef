package io.gossamer.protocols.gossip;

import io.gossamer.protocols.broadcast.BroadcastObservers;
import io.gossamer.protocols.neighbours.AllNodes;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.RunLimits;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.metrics.DisseminationLog;
import io.gossamer.sim.metrics.MessageStats;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.model.ConstantLatency;
import io.gossamer.sim.node.NodeHost;
import java.util.function.Function;

/**
 * One simulated network for a protocol test: n nodes, every message delayed by the same
 * latency, a shared dissemination log.
 */
final class GossipRun {
    final Simulation sim;
    final NodeHost host;
    final DisseminationLog log;
    final AllNodes all;

    GossipRun(long seed, int nodes, long latency) {
        this(seed, nodes, NetworkConfig.ideal().withLatency(new ConstantLatency(latency)));
    }

    GossipRun(long seed, int nodes, NetworkConfig network) {
        sim = new Simulation(seed);
        host = new NodeHost(sim, network);
        host.reserve(nodes);
        log = BroadcastObservers.attach(host, id -> true);
        all = new AllNodes(host);
    }

    /** Starts nodes 0..n-1, each with the component {@code init} gives for its address. */
    <C extends ComponentDefinition> GossipRun start(int nodes, Class<C> type, Function<Address, Init<C>> init) {
        for (int id = 0; id < nodes; id++) {
            Address a = Address.of(id);
            host.start(a, type, init.apply(a));
        }
        return this;
    }

    /** Node {@code node} broadcasts a payload of {@code size} bytes now. */
    GossipRun broadcast(int node, int size) {
        BroadcastObservers.broadcast(host, log, node, size);
        return this;
    }

    /** Runs until every message reached every live node, or {@code limit}. */
    RunResult untilAllDelivered(long limit) {
        return sim.run(RunLimits.none().until(limit).stopWhen(log::allDelivered));
    }

    /** The figures of message 0. */
    MessageStats first() {
        return log.stats(0);
    }
}
