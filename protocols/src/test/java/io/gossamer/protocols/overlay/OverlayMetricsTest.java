package io.gossamer.protocols.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.random.RandomStreams;
import io.gossamer.testing.Stats;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Overlay metrics against the reference values of random d-out graphs (T5 of anchors.md). */
class OverlayMetricsTest {

    private static double[] measure(int d, int seeds, boolean clustering) {
        double[] values = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            RandomStreams streams = new RandomStreams(100 + s);
            StaticGraph g = RandomGraphs.dOut(1000, d, streams.stream("graph"));
            values[s] = clustering ? OverlayMetrics.clustering(g)
                    : OverlayMetrics.pathLengths(g, 10_000, 0, streams.stream("bfs")).average();
        }
        return values;
    }

    @Test
    void randomFiftyOutGraphsOfAThousandNodesMatchT5() {
        Stats.assertWithin(Stats.mean(measure(50, 3, true)), 0.098, 0.002, "clustering, d=50");
        Stats.assertWithin(Stats.mean(measure(50, 3, false)), 2.02, 0.02, "average path length, d=50");
    }

    @Test
    void randomTenOutGraphsOfAThousandNodesMatchT5() {
        Stats.assertWithin(Stats.mean(measure(10, 5, true)), 0.019, 0.002, "clustering, d=10");
        Stats.assertWithin(Stats.mean(measure(10, 5, false)), 3.23, 0.03, "average path length, d=10");
    }

    @Test
    void smallGraphsHaveTheirExactValues() {
        // 0 -> 1, 0 -> 2, 1 -> 2, 2 -> 3: node 0's out-neighbours 1 and 2 are linked (clustering 1);
        // node 1 and 2 have one out-neighbour (not counted); node 3 none.
        StaticGraph g = new StaticGraph(new int[] {0, 2, 3, 4, 4}, new int[] {1, 2, 2, 3});
        assertEquals(1.0, OverlayMetrics.clustering(g), 1e-12);
        assertEquals("[0, 1, 2, 1]", Arrays.toString(OverlayMetrics.inDegrees(g)));
        OverlayMetrics.PathLengths p = OverlayMetrics.pathLengths(g, 100, 0, null);
        // Reachable pairs: 0->1 (1), 0->2 (1), 0->3 (2), 1->2 (1), 1->3 (2), 2->3 (1): mean 8/6.
        assertEquals(8 / 6.0, p.average(), 1e-12);
        assertEquals(6, p.connectedPairs());
        assertEquals(6, p.unreachablePairs());
        assertEquals(4, OverlayMetrics.largestComponent(g, v -> true));
        assertEquals(2, OverlayMetrics.largestComponent(g, v -> v != 2));
    }

    @Test
    void sampledSourcesEstimateTheExactAverage() {
        RandomStreams streams = new RandomStreams(7);
        StaticGraph g = RandomGraphs.dOut(3000, 10, streams.stream("graph"));
        double exact = OverlayMetrics.pathLengths(g, 10_000, 0, null).average();
        OverlayMetrics.PathLengths sampled = OverlayMetrics.pathLengths(g, 1000, 200, streams.stream("bfs"));
        assertEquals(200, sampled.sources());
        assertTrue(Math.abs(sampled.average() - exact) < 0.03, sampled.average() + " vs exact " + exact);
    }
}
