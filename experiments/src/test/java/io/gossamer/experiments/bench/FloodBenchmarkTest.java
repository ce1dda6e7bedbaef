package io.gossamer.experiments.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Workload F on the real simulator against PeerSim's figures and the theory of anchors.md. */
class FloodBenchmarkTest {

    /** PeerSim 1.0.5 means over 30 seeds at 10,000 nodes (anchors.md). */
    private static final double PEERSIM_T50 = 177.7;
    private static final double PEERSIM_T90 = 208.9;
    private static final double PEERSIM_T99 = 238.9;

    @Test
    void meansOverThirtySeedsAtTenThousandNodesAreWithinFourPercentOfPeerSim() {
        int seeds = 30;
        double t50 = 0;
        double t90 = 0;
        double t99 = 0;
        for (int seed = 1; seed <= seeds; seed++) {
            FloodBenchmark.Result r = FloodBenchmark.run(10_000, seed);
            t50 += r.t50Ms() / seeds;
            t90 += r.t90Ms() / seeds;
            t99 += r.t99Ms() / seeds;
        }
        assertWithinRelative(t50, PEERSIM_T50, 0.04, "mean t50");
        assertWithinRelative(t90, PEERSIM_T90, 0.04, "mean t90");
        assertWithinRelative(t99, PEERSIM_T99, 0.04, "mean t99");
    }

    @Test
    void coverageAndMessageCountFollowTheDOutTheory() {
        // T4: about e^-8 * N nodes have no in-link; every reached node forwards to its 8
        // out-neighbours (minus the sender, when the sender is one of them).
        int nodes = 20_000;
        FloodBenchmark.Result r = FloodBenchmark.run(nodes, 7);
        double unreachedExpected = nodes * Math.exp(-8);
        double unreached = nodes - r.reached();
        // Poisson-like count with mean ~6.7: allow 4 standard deviations.
        assertTrue(Math.abs(unreached - unreachedExpected) < 4 * Math.sqrt(unreachedExpected) + 1,
                "unreached " + unreached + " vs expected " + unreachedExpected);
        long upper = 8L * r.reached();
        assertTrue(r.messages() <= upper && r.messages() >= upper - r.reached() * 8L * 10 / nodes - 10,
                "messages " + r.messages() + " for " + r.reached() + " reached nodes");
    }

    @Test
    void theSameSeedGivesTheSameFigures() {
        FloodBenchmark.Result a = FloodBenchmark.run(5_000, 42);
        FloodBenchmark.Result b = FloodBenchmark.run(5_000, 42);
        assertEquals(a.reached(), b.reached());
        assertEquals(a.messages(), b.messages());
        assertEquals(a.events(), b.events());
        assertEquals(a.t50Ms(), b.t50Ms());
        assertEquals(a.t99Ms(), b.t99Ms());
        assertEquals(a.lastMs(), b.lastMs());
        FloodBenchmark.Result c = FloodBenchmark.run(5_000, 43);
        assertTrue(c.lastMs() != a.lastMs() || c.messages() != a.messages(), "another seed should differ");
    }

    @Test
    void anUndirectedVariantWithAConstantLatencyFloodsEveryLinkOnceEachWay() {
        int nodes = 3_000;
        FloodBenchmark.Workload w = new FloodBenchmark.Workload(4, true, io.gossamer.sim.Time.ms(5), io.gossamer.sim.Time.ms(5));
        FloodBenchmark.Result r = FloodBenchmark.run(nodes, 11, w);
        // The same 4-out draw as the benchmark's, every link then usable both ways: connected, so everyone is
        // reached, and each node sends to its neighbours but the sender (the origin to all of them).
        io.gossamer.protocols.overlay.StaticGraph g = io.gossamer.protocols.overlay.RandomGraphs.dOut(nodes, 4,
                new io.gossamer.sim.core.Simulation(11).random().stream("overlay")).undirected();
        assertEquals(nodes, r.reached());
        assertEquals(g.edges() - (nodes - 1), r.messages());
        // 5 ms a hop, no other delay: every first receipt is a whole number of hops.
        assertEquals(0, r.lastMs() % 5, 1e-9);
        assertEquals(0, r.t50Ms() % 5, 1e-9);
        // Workload F is the default, drawn exactly as before.
        FloodBenchmark.Result f = FloodBenchmark.run(2_000, 3, FloodBenchmark.Workload.F);
        FloodBenchmark.Result plain = FloodBenchmark.run(2_000, 3);
        assertEquals(plain.messages(), f.messages());
        assertEquals(plain.lastMs(), f.lastMs());
    }

    private static void assertWithinRelative(double actual, double expected, double tolerance, String what) {
        double error = Math.abs(actual - expected) / expected;
        assertTrue(error <= tolerance, String.format(
                "%s: %.2f ms is %.1f %% from PeerSim's %.1f ms (allowed %.0f %%)",
                what, actual, 100 * error, expected, 100 * tolerance));
    }
}
