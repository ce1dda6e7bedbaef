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

    /** The definition, computed the plain way: every pair of distinct out-neighbours, tested both ways. */
    private static double clusteringByDefinition(StaticGraph g) {
        double sum = 0;
        int counted = 0;
        for (int node = 0; node < g.nodes(); node++) {
            int v = node;
            int[] out = Arrays.stream(g.neighbours(v)).filter(u -> u != v).distinct().sorted().toArray();
            int k = out.length;
            if (k < 2) {
                continue;
            }
            long links = 0;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    if (links(g, out[a], out[b]) || links(g, out[b], out[a])) {
                        links++;
                    }
                }
            }
            sum += links / (k * (k - 1) / 2.0);
            counted++;
        }
        return counted == 0 ? 0 : sum / counted;
    }

    private static boolean links(StaticGraph g, int from, int to) {
        return Arrays.stream(g.neighbours(from)).anyMatch(w -> w == to);
    }

    @Test
    void clusteringIsExactlyTheDefinitionWithRepeatsSelfLinksAndLargeDegrees() {
        RandomStreams streams = new RandomStreams(11);
        var random = streams.stream("edges");
        // Small id ranges make repeated links, self-links and shared neighbours common; degrees
        // above 64 take more than one word per row of the pair matrix.
        for (int[] shape : new int[][] {{30, 6}, {200, 12}, {150, 90}, {3, 4}}) {
            int nodes = shape[0];
            int[] offsets = new int[nodes + 1];
            int[] targets = new int[nodes * shape[1]];
            for (int v = 0; v < nodes; v++) {
                int d = random.nextInt(shape[1] + 1);
                for (int i = 0; i < d; i++) {
                    targets[offsets[v] + i] = random.nextInt(nodes);
                }
                offsets[v + 1] = offsets[v] + d;
            }
            StaticGraph g = new StaticGraph(offsets, Arrays.copyOf(targets, offsets[nodes]));
            double expected = clusteringByDefinition(g);
            assertTrue(expected > 0, "the shape " + Arrays.toString(shape) + " has linked pairs");
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(OverlayMetrics.clustering(g)),
                    "shape " + Arrays.toString(shape) + ": " + expected + " vs " + OverlayMetrics.clustering(g));
        }
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
