package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.random.RandomStreams;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** The packed node table: the alive flag beside the bytes sent, and the 32-bit message counters' carries. */
class NodeTableTest {
    @Test
    void aliveFlagDoesNotDisturbTheByteCounter() {
        NodeTable t = new NodeTable(new RandomStreams(1));
        t.resize(3);
        assertFalse(t.isAlive(1));
        t.countSent(1, 100);
        assertTrue(!t.setAlive(1, true) && t.isAlive(1));
        t.countSent(1, 28);
        assertEquals(128, t.traffic(1).sentBytes());
        assertTrue(t.setAlive(1, false));
        assertFalse(t.isAlive(1));
        assertEquals(128, t.traffic(1).sentBytes());
        assertEquals(2, t.traffic(1).sentMessages());
    }

    @Test
    void messageCountersCarryPastThirtyTwoBits() throws Exception {
        NodeTable t = new NodeTable(new RandomStreams(1));
        t.resize(2);
        long[] data = data(t);
        long edge = 0xFFFF_FFFFL;
        data[NodeTable.STRIDE + 3] = edge | (edge - 1) << 32; // node 1: sent 2^32 - 1, received 2^32 - 2
        t.countSent(1, 1);
        t.countReceived(1, 1);
        t.countReceived(1, 1);
        t.countSent(1, 1);
        NodeTraffic traffic = t.traffic(1);
        assertEquals(edge + 2, traffic.sentMessages());
        assertEquals(edge + 1, traffic.receivedMessages());
        assertEquals(0, t.traffic(0).sentMessages());
        t.resize(4); // the carry columns grow with the table
        assertEquals(edge + 2, t.traffic(1).sentMessages());
    }

    @Test
    void wideRowsKeepTheConnectionStateApartFromTheTraffic() {
        NodeTable t = new NodeTable(new RandomStreams(1));
        t.resize(3);
        t.countSent(2, 40);
        t.setAlive(2, true);
        t.widen();
        assertEquals(-1, t.lastAccepted(2));
        t.connectionCount(2, 5);
        t.lastAccepted(2, 1_234_567, 1);
        t.countOpened(2);
        t.countAccepted(2);
        t.countAccepted(2);
        t.countFailed(2);
        assertEquals(5, t.connectionCount(2));
        assertEquals(1_234_567, t.lastAccepted(2));
        assertEquals(1, t.lastAcceptedPeer(2));
        t.connectionCount(2, 4);
        t.lastAccepted(2, 0, Integer.MAX_VALUE);
        assertEquals(4, t.connectionCount(2));
        assertEquals(0, t.lastAccepted(2));
        assertEquals(Integer.MAX_VALUE, t.lastAcceptedPeer(2));
        assertEquals(1, t.opened(2));
        assertEquals(2, t.accepted(2));
        assertEquals(1, t.failed(2));
        assertEquals(0, t.failed(1));
        t.resize(5); // the failure column grows with the table
        assertEquals(1, t.failed(2));
        assertEquals(0, t.failed(4));
        assertTrue(t.isAlive(2));
        assertEquals(40, t.traffic(2).sentBytes());
        assertEquals(1, t.traffic(2).sentMessages());
    }

    private static long[] data(NodeTable t) throws Exception {
        Field f = NodeTable.class.getDeclaredField("data");
        f.setAccessible(true);
        return (long[]) f.get(t);
    }
}
