package io.gossamer.protocols.neighbours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.sim.random.RandomStream;
import io.gossamer.sim.random.RandomStreams;
import io.gossamer.testing.Stats;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeighboursTest {
    private final RandomStream random = new RandomStreams(3).stream("t");

    @Test
    void samplesAreDistinctUniformAndNeverTheExcludedNode() {
        // Node 0 -> 1..10.
        int[] targets = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        int[] offsets = new int[12];
        offsets[1] = 10;
        for (int i = 2; i < 12; i++) {
            offsets[i] = 10;
        }
        Neighbours n = new OverlayNeighbours(new StaticGraph(offsets, targets));
        long[] counts = new long[11];
        int[] out = new int[4];
        for (int round = 0; round < 50_000; round++) {
            int k = n.sample(0, 3, 4, random, out);
            assertEquals(3, k);
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < k; i++) {
                assertNotEquals(4, out[i]);
                assertTrue(seen.add(out[i]));
                counts[out[i]]++;
            }
        }
        long[] kept = new long[9];
        int j = 0;
        for (int v = 1; v <= 10; v++) {
            if (v != 4) {
                kept[j++] = counts[v];
            }
        }
        Stats.assertUniform(kept, 0.001, "neighbour draws");
        assertEquals(9, n.sample(0, 20, 4, random, new int[20]));
        assertEquals(0, n.sample(5, 3, -1, random, out));
    }

    @Test
    void connectionPoolKeepsOrderAndIgnoresDuplicatesAndSelf() {
        ConnectionPool pool = new ConnectionPool();
        pool.connect(3, 7);
        pool.connect(3, 1);
        pool.connect(3, 7);
        pool.connect(3, 3);
        assertEquals(2, pool.count(3));
        assertEquals(7, pool.get(3, 0));
        pool.disconnect(7);
        assertEquals(1, pool.count(3));
        assertEquals(1, pool.get(3, 0));
        pool.clear();
        assertEquals(0, pool.count(3));
    }
}
