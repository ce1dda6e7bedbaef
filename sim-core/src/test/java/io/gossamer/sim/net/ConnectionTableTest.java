package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.random.RandomStreams;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The connection table finds a pair's current connection whatever the node's peer filter says:
 * lookups agree with a map by pair through adds, supersessions and removals (which make the
 * filter again), with lists long enough to fill the filter and to compare the two ends.
 */
class ConnectionTableTest {
    @Test
    void lookupsAgreeWithAMapByPair() {
        int n = 40;
        NodeTable nodes = new NodeTable(new RandomStreams(3));
        nodes.resize(n);
        ConnectionPool pool = new ConnectionPool();
        ConnectionTable table = new ConnectionTable(pool, nodes);
        Map<Long, Integer> current = new HashMap<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int step = 0; step < 60_000; step++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n - 1);
            b = b >= a ? b + 1 : b;
            Integer s = current.get(pair(a, b));
            int found = table.get(a, b);
            assertEquals(s == null ? -1 : s, found, "step " + step);
            assertEquals(found, table.get(b, a));
            int action = random.nextInt(10);
            if (s == null && action < 6) {
                int slot = pool.open(a, b, step);
                table.add(slot);
                current.put(pair(a, b), slot);
            } else if (s != null && action < 3) {
                table.supersede(s);
                current.remove(pair(a, b));
            } else if (s != null) {
                table.remove(s);
                current.remove(pair(a, b));
            }
        }
        assertFalse(current.isEmpty());
    }

    @Test
    void theFilterLetsAllListedPeersThroughAndStopsMostOthers() {
        NodeTable nodes = new NodeTable(new RandomStreams(3));
        nodes.resize(1);
        nodes.widen();
        for (int peer = 0; peer < 60; peer++) {
            nodes.addPeer(0, peer * 7919);
        }
        int passed = 0;
        for (int peer = 0; peer < 60; peer++) {
            assertTrue(nodes.mayBePeer(0, peer * 7919));
        }
        for (int other = 1_000_000; other < 1_010_000; other++) {
            passed += nodes.mayBePeer(0, other) ? 1 : 0;
        }
        assertTrue(passed < 1_000, passed + " of 10,000 others pass a filter of 60 peers");
        nodes.clearPeers(0);
        assertFalse(nodes.mayBePeer(0, 7919));
    }

    @Test
    void aLookupInVainMakesTheFilterAgainWithoutTheRemovedPeers() {
        NodeTable nodes = new NodeTable(new RandomStreams(3));
        nodes.resize(20);
        ConnectionPool pool = new ConnectionPool();
        ConnectionTable table = new ConnectionTable(pool, nodes);
        int[] slots = new int[13];
        for (int peer = 1; peer <= 12; peer++) {
            slots[peer] = pool.open(0, peer, 0);
            table.add(slots[peer]);
        }
        // Twelve pairs: past the row, in a chunk with a filter.
        table.remove(slots[1]);
        assertTrue(nodes.mayBePeer(0, 1), "a removal leaves the peer's bits");
        assertEquals(-1, table.get(0, 1));
        assertFalse(nodes.mayBePeer(0, 1), "the scan in vain made the filter again");
        assertTrue(nodes.mayBePeer(0, 2));
        assertEquals(slots[2], table.get(0, 2));
    }

    @Test
    void listsMoveBetweenRowAndChunkKeepingTheirOrderAndSteadyMarks() {
        int n = 12;
        NodeTable nodes = new NodeTable(new RandomStreams(3));
        nodes.resize(n);
        ConnectionPool pool = new ConnectionPool();
        ConnectionTable table = new ConnectionTable(pool, nodes);
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lists.add(new ArrayList<>());
        }
        Map<Long, Integer> current = new HashMap<>();
        SplittableRandom random = new SplittableRandom(11);
        Set<Integer> steady = new HashSet<>();
        int steadyFound = 0;
        boolean sawLong = false;
        boolean sawShortAgain = false;
        for (int step = 0; step < 20_000; step++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n - 1);
            b = b >= a ? b + 1 : b;
            Integer s = current.get(pair(a, b));
            assertEquals(s == null ? -1 : s, table.get(a, b), "step " + step);
            if (s != null) {
                int found = table.find(b, a);
                assertEquals((int) s, ConnectionTable.slotOf(found));
                // The row's last accepted connection is found without the list's mark.
                assertTrue(steady.contains(s) || !ConnectionTable.isSteady(found), "step " + step);
                steadyFound += ConnectionTable.isSteady(found) ? 1 : 0;
            }
            // Lists swing between a few pairs and nearly all: phases of adds, then of removals.
            boolean adding = (step / 2_000) % 2 == 0;
            if (s == null && adding) {
                int slot = pool.open(a, b, step);
                table.add(slot);
                current.put(pair(a, b), slot);
                if (random.nextBoolean()) {
                    table.markSteady(slot);
                    steady.add(slot);
                }
                lists.get(a).add(slot);
                lists.get(b).add(slot);
            } else if (s != null && !adding) {
                table.remove(s);
                current.remove(pair(a, b));
                steady.remove(s);
                lists.get(a).remove(s);
                lists.get(b).remove(s);
            }
            for (int node : new int[] {a, b}) {
                List<Integer> expected = lists.get(node);
                assertEquals(expected.size(), table.count(node));
                for (int i = 0; i < expected.size(); i++) {
                    assertEquals(expected.get(i), table.at(node, i), "step " + step + " node " + node + " entry " + i);
                }
                sawLong |= expected.size() > ConnectionTable.INLINE;
                sawShortAgain |= sawLong && expected.size() <= ConnectionTable.INLINE / 2;
            }
        }
        assertTrue(sawLong && sawShortAgain, "the lists went into chunks and back");
        assertTrue(steadyFound > 1_000, steadyFound + " lookups found a steady connection marked");
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
