package io.gossamer.protocols.overlay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.random.RandomStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Graphs from edge lists, and links made usable both ways. */
class StaticGraphTest {

    @Test
    void anEdgeListKeepsFileOrderPerNodeAndEachLinkOnce() {
        StaticGraph g = StaticGraph.ofEdges(4, new int[] {2, 0, 0, 2, 0}, new int[] {1, 3, 1, 1, 2});
        assertEquals(4, g.nodes());
        assertArrayEquals(new int[] {3, 1, 2}, g.neighbours(0));
        assertArrayEquals(new int[0], g.neighbours(1));
        assertArrayEquals(new int[] {1}, g.neighbours(2), "the repeated 2 -> 1 is kept once");
        assertArrayEquals(new int[0], g.neighbours(3));
        assertEquals(4, g.edges());
        assertThrows(IllegalArgumentException.class, () -> StaticGraph.ofEdges(3, new int[] {0}, new int[] {3}));
        assertThrows(IllegalArgumentException.class, () -> StaticGraph.ofEdges(3, new int[] {1}, new int[] {1}));
    }

    @Test
    void undirectedAddsTheReverseOfEveryLinkOnce() {
        // 0 -> 1, 1 -> 0 (both ways already), 0 -> 2, 3 -> 0.
        StaticGraph g = StaticGraph.ofEdges(4, new int[] {0, 1, 0, 3}, new int[] {1, 0, 2, 0}).undirected();
        assertArrayEquals(new int[] {1, 2, 3}, g.neighbours(0), "out-links in order, then the in-links not among them");
        assertArrayEquals(new int[] {0}, g.neighbours(1));
        assertArrayEquals(new int[] {0}, g.neighbours(2));
        assertArrayEquals(new int[] {0}, g.neighbours(3));
        assertEquals(6, g.edges());
    }

    @Test
    void anUndirectedDOutGraphIsSymmetricAndKeepsEveryDrawnLink() {
        StaticGraph directed = RandomGraphs.dOut(2000, 8, new RandomStream(5));
        StaticGraph g = directed.undirected();
        long both = 0;
        for (int v = 0; v < g.nodes(); v++) {
            int[] row = g.neighbours(v);
            assertArrayEquals(directed.neighbours(v), Arrays.copyOf(row, 8), "the drawn links come first");
            assertEquals(row.length, Arrays.stream(row).distinct().count());
            for (int w : row) {
                final int from = v;
                assertTrue(Arrays.stream(g.neighbours(w)).anyMatch(x -> x == from), v + " - " + w + " one way only");
                both += Arrays.stream(directed.neighbours(w)).anyMatch(x -> x == from)
                        && Arrays.stream(directed.neighbours(from)).anyMatch(x -> x == w) ? 1 : 0;
            }
        }
        // Every drawn link counted both ways, minus the pairs drawn in both directions (counted twice above).
        assertEquals(2L * directed.edges() - both, g.edges());
        // Mean degree: d out-links plus d in-links on average, less the d * d / (n - 1) drawn both ways.
        assertEquals(16 - 64 / 1999.0, g.edges() / 2000.0, 0.05);
    }
}
