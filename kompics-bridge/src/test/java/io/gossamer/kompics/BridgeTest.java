package io.gossamer.kompics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.RunResult;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.core.Tracer;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.LinkCapacity;
import io.gossamer.sim.net.LossModel;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.node.NodeHost;
import io.gossamer.testing.Hashing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BridgeTest {
    static final String FACTORY = "io.gossamer.kompics.examples.ExampleFactory";

    static NodeHost host(long seed) {
        NetworkConfig network = new NetworkConfig(new KompicsMsLatency(10, 100), LossModel.NONE, LinkCapacity.UNLIMITED);
        return new NodeHost(new Simulation(seed), network);
    }

    /** Node 0 pings nodes 1..n-1 for {@code rounds} rounds; returns {sent, rtt count, hash}. */
    static long[] pingPong(long seed, int nodes, int rounds, List<long[]> rtts) {
        NodeHost host = host(seed);
        Simulation sim = host.simulation();
        Hashing trace = new Hashing();
        sim.setTracer(new Tracer() {
            @Override
            public void timed(long time, int sink, int target, Object payload) {
                trace.add(time).add(sink).add(target);
                add(payload);
            }

            @Override
            public void local(long time, Object target, Object event) {
                trace.add(time);
                add(event);
            }

            private void add(Object o) {
                // Default toString()s carry identity hash codes, which differ between runs.
                String text = String.valueOf(o);
                trace.add(text.contains("@") ? o.getClass().getName() : text);
            }
        });
        AtomicLong sent = new AtomicLong();
        Consumer<long[]> observer = rtts::add;
        try (KompicsBridge bridge = KompicsBridge.attach(host, FACTORY)) {
            int[] peers = new int[nodes - 1];
            for (int i = 1; i < nodes; i++) {
                peers[i - 1] = i;
            }
            for (int id = 0; id < nodes; id++) {
                bridge.start(Address.of(id), Map.of("protocol", "pingpong", "neighbours", id == 0 ? peers : new int[0],
                        "rounds", rounds, "period-ms", 1000L, "rtts", observer, "sent", sent));
            }
            RunResult result = sim.run();
            assertEquals(StopReason.NO_EVENTS, result.reason(), result.toString());
            assertEquals(sent.get(), host.network().totalSent());
            return new long[] {sent.get(), rtts.size(), trace.value(), sim.now()};
        }
    }

    @Test
    void pingPongRunsOnGossamersNetworkAndTimer() {
        List<long[]> rtts = new ArrayList<>();
        long[] r = pingPong(7, 5, 10, rtts);
        assertEquals(2 * 10 * 4, r[0], "10 rounds of 4 pings and 4 pongs");
        assertEquals(40, r[1]);
        for (long[] rtt : rtts) {
            assertTrue(rtt[2] >= 20 && rtt[2] <= 198, "a round trip is two draws from [10, 100) ms: " + rtt[2]);
        }
        assertEquals(10, rtts.get(rtts.size() - 1)[1], "the periodic timeout was cancelled after round 10");
        // The cancelled timer's next period (lazily discarded) is the last event.
        assertEquals(Time.seconds(11), r[3]);
    }

    @Test
    void sameSeedSameTraceOtherSeedOtherTrace() {
        long[] a = pingPong(11, 6, 5, new ArrayList<>());
        long[] b = pingPong(11, 6, 5, new ArrayList<>());
        long[] c = pingPong(12, 6, 5, new ArrayList<>());
        assertEquals(a[2], b[2], "same seed, same event trace (timeout ids included)");
        assertNotEquals(a[2], c[2]);
    }

    @Test
    void runsOnSeveralThreadsAtOnceEachHaveTheirOwnKompics() throws Exception {
        long[] alone = pingPong(21, 6, 5, new ArrayList<>());
        long[][] together = new long[2][];
        Thread[] threads = new Thread[2];
        Throwable[] failure = new Throwable[1];
        for (int t = 0; t < 2; t++) {
            int slot = t;
            threads[t] = new Thread(() -> together[slot] = pingPong(21, 6, 5, new ArrayList<>()));
            threads[t].setUncaughtExceptionHandler((thread, e) -> failure[0] = e);
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(null, failure[0]);
        assertEquals(alone[2], together[0][2], "a run beside another gives the same trace as alone");
        assertEquals(alone[2], together[1][2]);
    }

    @Test
    void aFaultInAKompicsHandlerIsReportedAsAFaultOfItsNode() {
        NodeHost host = host(3);
        try (KompicsBridge bridge = KompicsBridge.attach(host, FACTORY)) {
            bridge.start(Address.of(0), Map.of("protocol", "faulty", "neighbours", new int[] {1}));
            bridge.start(Address.of(1), Map.of("protocol", "faulty",
                    "config", Map.of("faulty.message", "node one is broken")));
            RunResult result = host.simulation().run();
            assertEquals(StopReason.FAULT, result.reason());
            assertNotNull(result.fault());
            assertEquals(1, result.fault().node());
            String report = result.fault().report();
            assertTrue(report.contains("node 1"), report);
            assertTrue(report.contains("FaultyNode"), report);
            assertTrue(report.contains("node one is broken"), "per-node Kompics config reached the component: " + report);
        }
    }

    @Test
    void leavingRunsStopHandlersAndCrashingDoesNot() {
        NodeHost host = host(5);
        Simulation sim = host.simulation();
        AtomicLong byes = new AtomicLong();
        try (KompicsBridge bridge = KompicsBridge.attach(host, FACTORY)) {
            for (int id = 0; id < 4; id++) {
                int[] peers = id < 2 ? new int[] {3} : new int[0];
                bridge.start(Address.of(id), Map.of("protocol", "pingpong", "neighbours", peers, "byes", byes));
            }
            sim.runFor(Time.seconds(1));
            host.leave(0);
            host.fail(1);
            sim.runFor(Time.seconds(1));
            assertEquals(1, byes.get(), "node 0 said bye from its Stop handler; node 1 crashed silently");
            assertEquals(2, host.liveCount());
            // A crashed node can start again with a fresh Kompics tree.
            bridge.start(Address.of(1), Map.of("protocol", "pingpong", "neighbours", new int[] {3}, "byes", byes));
            sim.runFor(Time.seconds(1));
            host.leave(1);
            sim.runFor(Time.seconds(1));
            assertEquals(2, byes.get());
            assertEquals(5, bridge.nodesCreated());
        }
    }
}
