package io.gossamer.kompics.reference;

import io.gossamer.kompics.KompicsBridge;
import io.gossamer.kompics.examples.Graphs;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LatencyModel;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.sim.Time;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The examples of {@link KompicsSimMain} run on Gossamer through the bridge, with the same
 * latency model (whole milliseconds uniform in [10, 100)). Also a main, for the speed
 * comparison: arguments as {@link KompicsSimMain}'s.
 */
public final class BridgeFigures {
    static final String FACTORY = "io.gossamer.kompics.examples.ExampleFactory";
    /** Kompics' {@code UniformRandomModel(10, 100)}: whole ms in [10, 100). */
    static final LatencyModel KOMPICS_UNIFORM = (src, dst, random) -> Time.ms(10 + random.nextLong(90));

    private BridgeFigures() {
    }

    public static void main(String[] args) {
        for (String job : args) {
            String[] f = job.split(":");
            for (String s : f[2].split(",")) {
                long seed = Long.parseLong(s);
                int nodes = Integer.parseInt(f[1]);
                Figures figures = f[0].equals("flood")
                        ? flood(nodes, seed, Long.parseLong(f[3]), Integer.parseInt(f[4]))
                        : pingPong(nodes, seed, Integer.parseInt(f[3]));
                System.out.println(figures.line());
            }
        }
    }

    /** The flood: node 0 starts a broadcast every second. */
    public static Figures flood(int nodes, long seed, long graphSeed, int broadcasts) {
        long cpu0 = Figures.cpuNanos();
        int[][] graph = Graphs.undirected(nodes, 4, graphSeed);
        return run(seed, nodes, "flood", cpu0, (bridge, observer, sent) -> {
            for (int id = 0; id < nodes; id++) {
                bridge.start(Address.of(id), Map.of("protocol", "flood", "neighbours", graph[id],
                        "broadcasts", id == 0 ? broadcasts : 0, "receipts", observer, "sent", sent));
            }
        });
    }

    /** Ping-pong: node 0 pings all others once a second. */
    public static Figures pingPong(int nodes, long seed, int rounds) {
        long cpu0 = Figures.cpuNanos();
        int[] peers = KompicsSimMain.peers(nodes);
        return run(seed, nodes, "pingpong", cpu0, (bridge, observer, sent) -> {
            for (int id = 0; id < nodes; id++) {
                bridge.start(Address.of(id), Map.of("protocol", "pingpong", "neighbours", id == 0 ? peers : new int[0],
                        "rounds", rounds, "rtts", observer, "sent", sent));
            }
        });
    }

    private interface Starter {
        void start(KompicsBridge bridge, Consumer<long[]> observer, AtomicLong sent);
    }

    private static Figures run(long seed, int nodes, String protocol, long cpu0, Starter starter) {
        NodeHost host = new NodeHost(new Simulation(seed),
                new NetworkConfig(KOMPICS_UNIFORM, LossModel.NONE, LinkCapacity.UNLIMITED));
        host.reserve(nodes);
        List<long[]> observed = new ArrayList<>();
        AtomicLong sent = new AtomicLong();
        try (KompicsBridge bridge = KompicsBridge.attach(host, FACTORY)) {
            starter.start(bridge, observed::add, sent);
            RunResult result = host.simulation().run();
            if (result.reason() != StopReason.NO_EVENTS) {
                throw new IllegalStateException("run ended early: " + result);
            }
        }
        if (sent.get() != host.network().totalSent()) {
            throw new IllegalStateException("the components sent " + sent + ", the network carried " + host.network().totalSent());
        }
        return Figures.of(protocol, sent.get(), observed, (Figures.cpuNanos() - cpu0) / 1e9);
    }
}
