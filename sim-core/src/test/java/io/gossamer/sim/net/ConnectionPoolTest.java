package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Connection slots: their fields, and reuse only once nothing names a closed slot. */
class ConnectionPoolTest {
    @Test
    void aSlotKeepsEveryFieldApart() {
        ConnectionPool pool = new ConnectionPool();
        int s = pool.open(7, Integer.MAX_VALUE, 123_456_789_000L);
        assertEquals(7, pool.opener(s));
        assertEquals(Integer.MAX_VALUE, pool.acceptor(s));
        assertEquals(7, pool.other(s, Integer.MAX_VALUE));
        assertEquals(Integer.MAX_VALUE, pool.other(s, 7));
        assertEquals(123_456_789_000L, pool.started(s));
        assertEquals(123_456_789_000L, pool.lastUsed(s));
        assertEquals(ConnectionPool.OPENING, pool.state(s));
        assertNull(pool.failure(s));
        pool.retain(s);
        pool.makePermanent(s);
        pool.current(s, true);
        pool.failure(s, DropReason.NOT_CONNECTED);
        pool.state(s, ConnectionPool.FAILING);
        assertTrue(pool.permanent(s));
        assertFalse(pool.announce(s));
        assertTrue(pool.current(s));
        assertEquals(DropReason.NOT_CONNECTED, pool.failure(s));
        assertEquals(ConnectionPool.FAILING, pool.state(s));
        assertEquals(0, pool.rtt(s));
        pool.current(s, false);
        assertFalse(pool.current(s));
        assertTrue(pool.permanent(s));
    }

    @Test
    void openingKeepsTheRoundTripTheOpeningTimeAndEveryFlag() {
        ConnectionPool pool = new ConnectionPool();
        int s = pool.open(3, 4, 1_000_000_000_000L);
        pool.retain(s);
        pool.retain(s);
        pool.makePermanent(s);
        pool.announceWhenOpen(s);
        pool.current(s, true);
        pool.addPending(s, message(3, 4));
        assertEquals(1, ConnectionPool.count(pool.takePending(s)));
        pool.opened(s, 1_000_123_456_789L);
        assertEquals(ConnectionPool.OPEN, pool.state(s));
        assertEquals(123_456_789L, pool.rtt(s));
        assertEquals(1_000_123_456_789L, pool.openedAt(s));
        assertEquals(1_000_123_456_789L, pool.lastUsed(s));
        assertNull(pool.takePending(s), "the opening time is no index of waiting messages");
        pool.lastUsed(s, 2_000_000_000_000L);
        assertEquals(2_000_000_000_000L, pool.lastUsed(s));
        assertEquals(1_000_123_456_789L, pool.openedAt(s));
        assertTrue(pool.permanent(s) && pool.announce(s) && pool.current(s));
        assertNull(pool.failure(s));
        pool.state(s, ConnectionPool.CLOSED);
        pool.release(s);
        assertEquals(1, pool.live(), "a closed slot an event still names stays");
        assertEquals(123_456_789L, pool.rtt(s));
        pool.release(s);
        assertEquals(0, pool.live());
    }

    @Test
    void roundTripsOfFourSecondsAndMoreAreKeptExactly() {
        ConnectionPool pool = new ConnectionPool();
        long[] rtts = {0xFFFF_FFFEL, 0xFFFF_FFFFL, 0x1_0000_0000L, 3_600_000_000_000L};
        int[] slots = new int[rtts.length];
        for (int k = 0; k < rtts.length; k++) {
            slots[k] = pool.open(k, k + 10, 5_000L);
            pool.opened(slots[k], 5_000L + rtts[k]);
        }
        for (int k = 0; k < rtts.length; k++) {
            assertEquals(rtts[k], pool.rtt(slots[k]));
            assertEquals(5_000L + rtts[k], pool.openedAt(slots[k]));
        }
        // A freed slot forgets its long round trip: the next connection in it has its own.
        pool.state(slots[3], ConnectionPool.CLOSED);
        pool.freeIfDone(slots[3]);
        int again = pool.open(1, 2, 0);
        assertEquals(slots[3], again);
        assertEquals(0, pool.rtt(again));
        pool.opened(again, 42);
        assertEquals(42, pool.rtt(again));
    }

    @Test
    void aClosedSlotIsReusedOnlyAfterItsLastEvent() {
        ConnectionPool pool = new ConnectionPool();
        int a = pool.open(1, 2, 0);
        pool.retain(a); // a SYN in flight
        pool.retain(a); // and an idle check
        pool.state(a, ConnectionPool.CLOSED);
        pool.freeIfDone(a);
        int b = pool.open(3, 4, 10);
        assertTrue(b != a, "a slot two events still name was handed out again");
        pool.release(a);
        assertEquals(2, pool.live());
        pool.release(a);
        assertEquals(1, pool.live());
        assertEquals(a, pool.open(5, 6, 20), "the freed slot is the next one handed out");
        assertEquals(5, pool.opener(a));
        assertEquals(ConnectionPool.OPENING, pool.state(a));
        assertFalse(pool.current(a));
        assertEquals(2, pool.slots());
    }

    @Test
    void messagesWaitingOnAFreedSlotDoNotReachItsNextConnection() {
        ConnectionPool pool = new ConnectionPool();
        int s = pool.open(1, 2, 0);
        pool.addPending(s, new Message(new Address(1, NatType.OPEN), new Address(2, NatType.OPEN), Transport.STREAM, 10) {
        });
        pool.state(s, ConnectionPool.CLOSED);
        pool.freeIfDone(s);
        assertEquals(s, pool.open(1, 2, 5));
        assertEquals(0, ConnectionPool.count(pool.takePending(s)));
    }

    @Test
    void waitingMessagesStayWithTheirSlotAndLeaveTheFlagsAlone() {
        ConnectionPool pool = new ConnectionPool();
        int a = pool.open(1, 2, 0);
        int b = pool.open(3, 4, 0);
        Message m1 = message(1, 2);
        Message m2 = message(1, 2);
        Message m3 = message(3, 4);
        pool.retain(a);
        pool.announceWhenOpen(a);
        pool.failure(a, DropReason.PARTITION);
        pool.addPending(a, m1);
        pool.addPending(b, m3);
        pool.addPending(a, m2);
        assertEquals(2, pool.live());
        assertTrue(pool.announce(a));
        assertEquals(DropReason.PARTITION, pool.failure(a));
        Object fromA = pool.takePending(a);
        assertEquals(2, ConnectionPool.count(fromA));
        assertEquals(m1, ConnectionPool.at(fromA, 0));
        assertEquals(m2, ConnectionPool.at(fromA, 1));
        assertNull(pool.takePending(a));
        // The freed index goes to the next connection that waits; b's messages are untouched.
        int c = pool.open(5, 6, 0);
        Message m4 = message(5, 6);
        pool.addPending(c, m4);
        assertEquals(m3, ConnectionPool.at(pool.takePending(b), 0));
        assertEquals(m4, ConnectionPool.at(pool.takePending(c), 0));
        // The event count sits above the index: releasing a's last reference frees the closed slot.
        pool.state(a, ConnectionPool.CLOSED);
        pool.release(a);
        assertEquals(2, pool.live());
    }

    private static Message message(int from, int to) {
        return new Message(new Address(from, NatType.OPEN), new Address(to, NatType.OPEN), Transport.STREAM, 10) {
        };
    }

    @Test
    void pagesGrowWithoutMovingSlots() {
        ConnectionPool pool = new ConnectionPool();
        int n = 5 * ConnectionPool.PAGE + 3;
        for (int i = 0; i < n; i++) {
            assertEquals(i, pool.open(i, i + 1, i * 1000L));
        }
        for (int i = 0; i < n; i += 997) {
            assertEquals(i, pool.opener(i));
            assertEquals(i + 1, pool.acceptor(i));
            assertEquals(i * 1000L, pool.started(i));
        }
        assertEquals(n, pool.live());
    }
}
