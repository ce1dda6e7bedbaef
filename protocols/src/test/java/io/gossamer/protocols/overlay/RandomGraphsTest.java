package io.gossamer.protocols.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.random.RandomStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The overlay generators: structure, and the metrics theory gives. */
class RandomGraphsTest {

    private static void assertSimpleAndSymmetric(StaticGraph g) {
        for (int node = 0; node < g.nodes(); node++) {
            final int v = node;
            int[] out = g.neighbours(v);
            int[] sorted = out.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < sorted.length; i++) {
                assertTrue(sorted[i] != v, "self link at " + v);
                assertTrue(i == 0 || sorted[i] != sorted[i - 1], "duplicate link at " + v);
                int w = sorted[i];
                assertTrue(Arrays.stream(g.neighbours(w)).anyMatch(x -> x == v), "link " + v + "-" + w + " one way only");
            }
        }
    }

    @Test
    void dOutGraphsHaveDDistinctOutNeighbours() {
        StaticGraph g = RandomGraphs.dOut(500, 8, new RandomStream(1));
        for (int node = 0; node < g.nodes(); node++) {
            final int v = node;
            assertEquals(8, Arrays.stream(g.neighbours(v)).distinct().filter(w -> w != v).count());
        }
    }

    @Test
    void randomRegularGraphsAreSimpleSymmetricAndRegular() {
        StaticGraph g = RandomGraphs.randomRegular(1000, 8, new RandomStream(2));
        assertSimpleAndSymmetric(g);
        for (int v = 0; v < g.nodes(); v++) {
            assertEquals(8, g.degree(v));
        }
        assertThrows(IllegalArgumentException.class, () -> RandomGraphs.randomRegular(5, 3, new RandomStream(1)));
    }

    @Test
    void wattsStrogatzGoesFromLatticeClusteringToRandom() {
        // A ring lattice with k = 10 has clustering 3(k-2)/(4(k-1)) = 2/3.
        StaticGraph lattice = RandomGraphs.wattsStrogatz(1000, 10, 0, new RandomStream(3));
        assertSimpleAndSymmetric(lattice);
        assertEquals(2 / 3.0, OverlayMetrics.clustering(lattice), 1e-9);
        StaticGraph rewired = RandomGraphs.wattsStrogatz(1000, 10, 1, new RandomStream(3));
        assertSimpleAndSymmetric(rewired);
        assertTrue(OverlayMetrics.clustering(rewired) < 0.05, "fully rewired clustering");
        assertEquals(10_000, rewired.edges(), "rewiring keeps the number of links");
        double latticePath = OverlayMetrics.pathLengths(lattice, 2000, 0, null).average();
        double smallWorld = OverlayMetrics.pathLengths(
                RandomGraphs.wattsStrogatz(1000, 10, 0.1, new RandomStream(3)), 2000, 0, null).average();
        assertTrue(smallWorld < latticePath / 3, smallWorld + " vs lattice " + latticePath);
    }

    @Test
    void barabasiAlbertGrowsHubs() {
        int n = 5000;
        int m = 3;
        StaticGraph g = RandomGraphs.barabasiAlbert(n, m, new RandomStream(4));
        assertSimpleAndSymmetric(g);
        assertEquals(2 * (m * (m + 1) / 2 + (n - m - 1) * m), g.edges());
        int max = 0;
        for (int v = 0; v < n; v++) {
            assertTrue(g.degree(v) >= m);
            max = Math.max(max, g.degree(v));
        }
        double mean = g.edges() / (double) n;
        assertTrue(max > 10 * mean, "a hub of degree " + max + " against a mean of " + mean);
    }
}
