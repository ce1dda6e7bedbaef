package io.gossamer.kompics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gossamer.protocols.broadcast.BroadcastObservers;
import io.gossamer.protocols.broadcast.SeenMessages;
import io.gossamer.protocols.flood.Flooding;
import io.gossamer.protocols.neighbours.OverlayNeighbours;
import io.gossamer.protocols.overlay.RandomGraphs;
import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.Time;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.metrics.DisseminationLog;
import io.gossamer.sim.metrics.MessageStats;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.model.UniformLatency;
import io.gossamer.sim.node.NodeHost;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Workload F (one flood from node 0 over a random 8-out digraph, uniform [10, 100) ms
 * latency, 64-byte messages) run by Gossamer's own {@code Flooding} and by the Kompics flood
 * through the bridge: the same overlay and the same draws give the same figures to the
 * nanosecond.
 */
class NativeFloodingComparisonTest {
    static final int NODES = 1_000;

    static NodeHost host(long seed) {
        NodeHost host = new NodeHost(new Simulation(seed),
                new NetworkConfig(new UniformLatency(Time.ms(10), Time.ms(100)), LossModel.NONE, LinkCapacity.UNLIMITED));
        host.reserve(NODES);
        return host;
    }

    /** Sorted first-receipt delays, then {messages sent} as the last element. */
    static long[] nativeFlooding(long seed) {
        NodeHost host = host(seed);
        Simulation sim = host.simulation();
        StaticGraph overlay = RandomGraphs.dOut(NODES, 8, sim.random().stream("overlay"));
        DisseminationLog log = BroadcastObservers.attach(host, id -> true);
        OverlayNeighbours neighbours = new OverlayNeighbours(overlay);
        Flooding.Shared shared = new Flooding.Shared(neighbours, new Flooding.Config(0), 0, new SeenMessages(NODES));
        for (int id = 0; id < NODES; id++) {
            host.start(Address.of(id), Flooding.class, new Flooding.Init(Address.of(id), shared));
        }
        BroadcastObservers.broadcast(host, log, 0, 64);
        RunResult result = sim.run();
        assertEquals(StopReason.NO_EVENTS, result.reason());
        MessageStats stats = log.stats(0);
        assertEquals(stats.sent(), host.network().totalSent());
        long[] delays = log.targetDelays(0);
        long[] out = Arrays.copyOf(delays, delays.length + 1);
        out[delays.length] = host.network().totalSent();
        return out;
    }

    static long[] kompicsFlooding(long seed) {
        NodeHost host = host(seed);
        Simulation sim = host.simulation();
        StaticGraph overlay = RandomGraphs.dOut(NODES, 8, sim.random().stream("overlay"));
        long[] firstReceipt = new long[NODES];
        int[] reached = {0};
        Consumer<long[]> receipts = r -> firstReceipt[reached[0]++] = sim.now();
        AtomicLong sent = new AtomicLong();
        try (KompicsBridge bridge = KompicsBridge.attach(host, BridgeTest.FACTORY)) {
            for (int id = 0; id < NODES; id++) {
                bridge.start(Address.of(id), Map.of("protocol", "flood", "neighbours", overlay.neighbours(id),
                        "broadcasts", id == 0 ? 1 : 0, "receipts", receipts, "sent", sent));
            }
            RunResult result = sim.run();
            assertEquals(StopReason.NO_EVENTS, result.reason(), result.toString());
        }
        assertEquals(sent.get(), host.network().totalSent());
        long[] out = Arrays.copyOf(firstReceipt, reached[0] + 1);
        Arrays.sort(out, 0, reached[0]);
        out[reached[0]] = host.network().totalSent();
        return out;
    }

    @Test
    void theKompicsFloodGivesNativeFloodingsFiguresOnWorkloadF() {
        for (long seed = 1; seed <= 2; seed++) {
            long[] expected = nativeFlooding(seed);
            long[] actual = kompicsFlooding(seed);
            assertEquals(expected.length, actual.length, "nodes reached");
            assertEquals(expected[expected.length - 1], actual[actual.length - 1], "messages sent");
            assertArrayEquals(expected, actual, "first-receipt delays, seed " + seed);
        }
    }
}
