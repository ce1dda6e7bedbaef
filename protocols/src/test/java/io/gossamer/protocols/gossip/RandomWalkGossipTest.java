package io.gossamer.protocols.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.protocols.flood.Flooding;
import io.gossamer.protocols.neighbours.Neighbours;
import io.gossamer.protocols.neighbours.OverlayNeighbours;
import io.gossamer.protocols.overlay.RandomGraphs;
import io.gossamer.sim.Time;
import io.gossamer.sim.core.StopReason;
import io.gossamer.sim.metrics.MessageStats;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.net.model.UniformLatency;
import org.junit.jupiter.api.Test;

class RandomWalkGossipTest {
    private static final int N = 1000;
    private static final int DEGREE = 8;

    /** Workload F's network: uniform latency in [10 ms, 100 ms) drawn per message. */
    private static GossipRun network(long seed) {
        return new GossipRun(seed, N, NetworkConfig.ideal().withLatency(new UniformLatency(Time.ms(10), Time.ms(100))));
    }

    private static Neighbours overlay(GossipRun run) {
        return new OverlayNeighbours(RandomGraphs.dOut(N, DEGREE, run.sim.random().stream("overlay")));
    }

    private static MessageStats randomWalk(long seed, int fanout, boolean excludeSender, int ttl) {
        GossipRun run = network(seed);
        RandomWalkGossip.Config config = new RandomWalkGossip.Config(fanout, excludeSender, ttl == Integer.MAX_VALUE ? 0 : ttl);
        Neighbours overlay = overlay(run);
        run.start(N, RandomWalkGossip.class, a -> new RandomWalkGossip.Init(a, overlay, config, 20));
        run.broadcast(0, 1024);
        assertEquals(StopReason.NO_EVENTS, run.sim.run().reason());
        return run.first();
    }

    @Test
    void withFanoutAtLeastTheDegreeItIsFlooding() {
        for (long seed = 1; seed <= 3; seed++) {
            GossipRun run = network(seed);
            Neighbours overlay = overlay(run);
            Flooding.Shared shared = new Flooding.Shared(overlay, new Flooding.Config(0), 20,
                    new io.gossamer.protocols.broadcast.SeenMessages(N));
            run.start(N, Flooding.class, a -> new Flooding.Init(a, shared));
            run.broadcast(0, 1024);
            assertEquals(StopReason.NO_EVENTS, run.sim.run().reason());
            MessageStats flood = run.first();
            // Same peers in the same order, so even the latency draws match: the very same run.
            assertEquals(flood, randomWalk(seed, DEGREE, true, Integer.MAX_VALUE));
            assertEquals(flood, randomWalk(seed, 3 * DEGREE, true, Integer.MAX_VALUE));
            // T4: flooding a random 8-out overlay misses about e^-8 of the nodes.
            assertTrue(flood.coverage() > 0.995, "coverage " + flood.coverage());
        }
    }

    @Test
    void aSmallFanoutSendsFewerCopiesAndReachesFewer() {
        MessageStats flood = randomWalk(1, DEGREE, true, Integer.MAX_VALUE);
        MessageStats walk = randomWalk(1, 2, true, Integer.MAX_VALUE);
        // Every reached node has at least 7 candidates besides the sender, so it sends exactly 2.
        assertEquals(2L * walk.reached(), walk.sent());
        assertTrue(walk.sent() < flood.sent() / 3, walk.sent() + " against " + flood.sent());
        assertTrue(walk.coverage() < flood.coverage() && walk.coverage() > 0.5, "coverage " + walk.coverage());
    }

    @Test
    void theTtlBoundsTheHops() {
        MessageStats m = randomWalk(4, 3, true, 4);
        assertEquals(4, m.hopsMax());
        // At most 1 + 3 + 9 + 27 + 81 nodes are within 4 hops of a fanout-3 walk.
        assertTrue(m.reached() <= 121, "reached " + m.reached());
    }

    @Test
    void withoutSenderExclusionOrTtlItIsInfectAndDie() {
        for (long seed = 1; seed <= 3; seed++) {
            GossipRun a = network(seed);
            RandomWalkGossip.Config walk = new RandomWalkGossip.Config(2, false, 0);
            a.start(N, RandomWalkGossip.class, addr -> new RandomWalkGossip.Init(addr, a.all, walk, 20));
            a.broadcast(0, 1024);
            a.sim.run();
            GossipRun b = network(seed);
            InfectAndDie.Config die = new InfectAndDie.Config(2);
            b.start(N, InfectAndDie.class, addr -> new InfectAndDie.Init(addr, b.all, die, 20));
            b.broadcast(0, 1024);
            b.sim.run();
            assertEquals(b.first(), a.first());
        }
    }
}
