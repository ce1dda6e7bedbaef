package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.net.model.ConstantLatency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The connection-oriented transport and NAT filtering. */
class ConnectionsTest {
    private static final long L = Time.ms(10);
    private static final Address PUB0 = new Address(0, NatType.OPEN);
    private static final Address PUB1 = new Address(1, NatType.OPEN);
    private static final Address PRIV2 = new Address(2, NatType.PORT_RESTRICTED);

    private static NetHarness harness(ConnectionConfig config) {
        return new NetHarness(3, NetworkConfig.ideal().withLatency(new ConstantLatency(L)).withConnections(config));
    }

    private static NetHarness harness() {
        return harness(ConnectionConfig.DEFAULT);
    }

    private static ConnectionPeer peer(NetHarness h, Address a) {
        return h.host.start(a, ConnectionPeer.class, new ConnectionPeer.Init(a));
    }

    @Test
    void aStreamMessageWaitsForTheHandshakeThenTheConnectionIsReused() {
        NetHarness h = harness();
        ConnectionPeer a = peer(h, PUB0);
        ConnectionPeer b = peer(h, PUB1);
        h.at(0, () -> a.stream(PUB1, 1)); // SYN 10 ms, answer 20 ms, message 30 ms
        h.at(Time.ms(40), () -> a.stream(PUB1, 2)); // no handshake: 50 ms
        h.at(Time.ms(45), () -> b.stream(PUB0, 3)); // the same connection, other way: 55 ms
        h.runToEnd();
        assertEquals(List.of("30 got 1 from 0", "50 got 2 from 0"), b.log.subList(0, 2));
        assertTrue(a.log.contains("55 got 3 from 1"), a.log::toString);
        assertEquals(new ConnectionStats(1, 0, 0, 0), h.net().connections(0));
        assertEquals(1, h.net().connections(1).accepted());
        assertEquals(0, h.net().connections(1).opened());
        // Both ends learn that the idle connection closed, 60 s after its last use.
        assertTrue(a.log.contains("60045 closed 1"), a.log::toString);
        assertTrue(b.log.contains("60045 closed 0"), b.log::toString);
    }

    @Test
    void idleConnectionsCloseInOpeningOrderAndAReusedOneAfterItsLastUse() {
        NetHarness h = harness();
        ConnectionPeer a = peer(h, PUB0);
        ConnectionPeer b = peer(h, PUB1);
        ConnectionPeer p = peer(h, PRIV2);
        h.at(0, () -> a.stream(PUB1, 1)); // a-b open at 20 ms
        h.at(Time.ms(5), () -> p.stream(PUB0, 2)); // p-a open at 25 ms
        h.at(Time.seconds(30), () -> b.stream(PUB0, 3)); // a-b used again at 30 s
        h.runToEnd();
        // p-a is checked second but closes first: a-b's first check (60.02 s) finds it used.
        assertTrue(p.log.contains("60025 closed 0"), p.log::toString);
        assertTrue(a.log.contains("60025 closed 2"), a.log::toString);
        assertTrue(a.log.contains("90000 closed 1"), a.log::toString);
        assertTrue(b.log.contains("90000 closed 0"), b.log::toString);
        assertEquals(0, h.net().connections(0).openNow());
    }

    @Test
    void aPrivateNodeNeverAcceptsAnUnsolicitedConnectionOrDatagram() {
        NetHarness h = harness();
        ConnectionPeer a = peer(h, PUB0);
        ConnectionPeer p = peer(h, PRIV2);
        h.at(0, () -> {
            a.stream(PRIV2, 1);
            a.connect(PRIV2);
            a.datagram(PRIV2, 2);
        });
        h.runToEnd();
        assertTrue(p.log.isEmpty(), p.log::toString);
        assertEquals(List.of("3000 failed 2 NAT"), a.log);
        assertEquals(new ConnectionStats(0, 0, 1, 0), h.net().connections(0));
        assertEquals(0, h.net().connections(2).accepted());
        // The datagram is a NAT drop; the stream message waiting for the handshake is dropped
        // for the same reason; the refused SYN is a refused handshake, not a message.
        assertEquals(2, h.net().drops(DropReason.NAT));
        assertEquals(1, h.net().refusedHandshakes());
        assertEquals(h.net().totalSent(), 2);
        assertEquals(0, h.net().inFlight());
        assertEquals(0, h.net().totalDelivered());
    }

    @Test
    void aPrivateNodeReceivesOverAConnectionItOpened() {
        NetHarness h = harness();
        ConnectionPeer a = peer(h, PUB0);
        ConnectionPeer p = peer(h, PRIV2);
        h.at(0, () -> p.connect(PUB0));
        h.at(Time.ms(30), () -> {
            a.datagram(PRIV2, 1);
            a.stream(PRIV2, 2);
        });
        h.runToEnd();
        assertEquals(List.of("20 opened 0", "40 got 1 from 0", "40 got 2 from 0"), p.log);
        assertEquals(new ConnectionStats(1, 0, 0, 1), h.net().connections(2));
        assertEquals(new ConnectionStats(0, 1, 0, 1), h.net().connections(0));
        assertTrue(h.net().isConnected(0, 2));
        assertEquals(0, h.net().drops(DropReason.NAT));
    }

    @Test
    void connectingAgainToAnOpenConnectionCountsNothing() {
        NetHarness h = harness();
        ConnectionPeer p = peer(h, PRIV2);
        peer(h, PUB0);
        h.at(0, () -> p.connect(PUB0));
        h.at(Time.ms(50), () -> p.connect(PUB0));
        h.runToEnd();
        assertEquals(List.of("20 opened 0", "50 opened 0"), p.log);
        assertEquals(1, h.net().connections(2).opened());
    }

    @Test
    void peersLearnOfAFailureAfterTheDetectionDelayAndPermanentConnectionsDoNotIdle() {
        NetHarness h = harness();
        ConnectionPeer a = peer(h, PUB0);
        peer(h, PUB1);
        h.at(0, () -> a.connect(PUB1));
        h.at(Time.seconds(100), () -> h.host.fail(1)); // long past the idle timeout
        h.at(Time.seconds(101), () -> assertTrue(h.net().isConnected(0, 1) == false));
        h.runToEnd();
        assertEquals(List.of("20 opened 1", "105000 closed 1"), a.log);
        assertEquals(0, h.net().connections(0).openNow());
    }

    @Test
    void disconnectTellsTheOtherEndOneDelayLater() {
        NetHarness h = harness();
        ConnectionPeer a = peer(h, PUB0);
        ConnectionPeer b = peer(h, PUB1);
        h.at(0, () -> a.connect(PUB1));
        h.at(Time.ms(100), () -> a.disconnect(PUB1));
        h.at(Time.ms(200), () -> a.stream(PUB1, 7)); // a new handshake
        h.runToEnd();
        assertEquals("110 closed 0", b.log.get(0));
        assertTrue(b.log.contains("230 got 7 from 0"), b.log::toString);
        assertEquals(2, h.net().connections(0).opened());
    }

    @Test
    void aHandshakeAbandonedMidwayDoesNotAdvanceTheNextOne() {
        NetHarness h = harness();
        ConnectionPeer a = peer(h, PUB0);
        ConnectionPeer b = peer(h, PUB1);
        h.at(0, () -> a.stream(PUB1, 1)); // SYN due at 10 ms
        h.at(Time.ms(5), () -> {
            a.disconnect(PUB1); // message 1 is dropped; the SYN still travels
            a.stream(PUB1, 2); // a new handshake: SYN 15 ms, answer 25 ms, message 35 ms
        });
        h.runToEnd();
        // The first SYN (10 ms) must not count for the second connection (message 2 at 30 ms).
        assertEquals("35 got 2 from 0", b.log.get(0));
        assertEquals(1, h.net().drops(DropReason.NOT_CONNECTED));
        assertEquals(1, h.net().connections(0).opened());
        assertEquals(1, h.net().connections(1).accepted());
    }

    @Test
    void handshakesFailToDeadNodesAndAcrossPartitions() {
        NetHarness h = harness();
        ConnectionPeer a = peer(h, PUB0);
        peer(h, PUB1);
        peer(h, new Address(3, NatType.OPEN));
        h.at(0, () -> {
            h.net().partition(new int[] {0});
            a.connect(PUB1);
        });
        h.at(Time.seconds(10), () -> {
            h.net().heal();
            h.host.fail(3);
            a.stream(new Address(3, NatType.OPEN), 1);
        });
        h.runToEnd();
        assertEquals(List.of("3000 failed 1 PARTITION", "13000 failed 3 DEAD_NODE"), a.log);
        assertEquals(2, h.net().connections(0).failed());
        assertEquals(1, h.net().drops(DropReason.DEAD_NODE));
    }

    @Test
    void holePunchingFollowsTheNatTable() {
        NetHarness h = harness(new ConnectionConfig(Time.seconds(3), Time.seconds(60), Time.seconds(5), true));
        Address full = new Address(0, NatType.FULL_CONE);
        Address port = new Address(1, NatType.PORT_RESTRICTED);
        Address sym = new Address(2, NatType.SYMMETRIC);
        Address sym2 = new Address(3, NatType.SYMMETRIC);
        ConnectionPeer f = peer(h, full);
        ConnectionPeer p = peer(h, port);
        ConnectionPeer s = peer(h, sym);
        peer(h, sym2);
        h.at(0, () -> {
            p.connect(full); // works, with an extra round trip through the rendezvous: 40 ms
            s.connect(port); // symmetric to port-restricted: fails
            s.connect(sym2); // symmetric to symmetric: fails
        });
        h.runToEnd();
        assertEquals(List.of("40 opened 0"), p.log.subList(0, 1));
        assertEquals(List.of("3000 failed 1 NAT", "3000 failed 3 NAT"), s.log);
        assertTrue(f.log.isEmpty());
        assertFalse(NatType.SYMMETRIC.canHolePunch(NatType.PORT_RESTRICTED));
        assertTrue(NatType.SYMMETRIC.canHolePunch(NatType.RESTRICTED));
        assertTrue(NatType.OPEN.canHolePunch(NatType.SYMMETRIC));
        assertTrue(NatType.PORT_RESTRICTED.canHolePunch(NatType.PORT_RESTRICTED));
    }

    /** Loses the first {@code n} copies node 0 sends, whatever their transport. */
    private static LossModel firstLost(int n) {
        int[] left = {n};
        return (src, dst, random) -> src == 0 && left[0]-- > 0;
    }

    @Test
    void aCopyLostOnAConnectionIsResentAfterABackedOffTimeout() {
        NetHarness h = new NetHarness(3, NetworkConfig.ideal().withLatency(new ConstantLatency(L)).withLoss(firstLost(2)));
        ConnectionPeer a = peer(h, PUB0);
        ConnectionPeer b = peer(h, PUB1);
        // Open at 20 ms; lost at 20, resent after max(200 ms floor, 3 x 20 ms) = 220, lost again,
        // resent after twice that: 620, arrives 630.
        h.at(0, () -> a.stream(PUB1, 1));
        h.runToEnd();
        assertEquals("630 got 1 from 0", b.log.get(0));
        assertEquals(2, h.net().retransmissions());
        assertEquals(2, h.net().connections(0).retransmitted());
        assertEquals(0, h.net().drops(DropReason.LOSS));
        assertEquals(1, h.net().totalSent());
    }

    @Test
    void theTimeoutFollowsTheRoundTripAboveTheFloorAndDatagramsAreStillLost() {
        ConnectionConfig lowFloor = new ConnectionConfig(Time.seconds(3), Time.seconds(60), Time.seconds(5), false, Time.ms(1));
        NetHarness h = new NetHarness(3, NetworkConfig.ideal().withLatency(new ConstantLatency(L)).withLoss(firstLost(2))
                .withConnections(lowFloor));
        ConnectionPeer a = peer(h, PUB0);
        ConnectionPeer b = peer(h, PUB1);
        h.at(0, () -> a.datagram(PUB1, 1)); // lost for good
        h.at(0, () -> a.stream(PUB1, 2)); // lost at 20, resent at 20 + 3 x 20 = 80, arrives 90
        h.runToEnd();
        assertEquals(List.of("90 got 2 from 0"), b.log.subList(0, 1));
        assertEquals(1, h.net().drops(DropReason.LOSS));
        assertEquals(1, h.net().retransmissions());
    }

    @Test
    void aCopyWaitingForItsResendIsDroppedWhenThePeerDies() {
        NetHarness h = new NetHarness(3, NetworkConfig.ideal().withLatency(new ConstantLatency(L)).withLoss(firstLost(1)));
        ConnectionPeer a = peer(h, PUB0);
        ConnectionPeer b = peer(h, PUB1);
        h.at(0, () -> a.stream(PUB1, 1)); // lost at 20 ms, resend due at 220 ms
        h.at(Time.ms(100), () -> h.net().setAlive(1, false));
        h.runToEnd();
        assertTrue(b.log.stream().noneMatch(e -> e.contains("got")), b.log::toString);
        assertEquals(1, h.net().drops(DropReason.DEAD_NODE));
        assertEquals(0, h.net().retransmissions());
    }

    @Test
    void aNewAttemptToANodeThatRestartedDoesNotWaitForTheFailedHandshake() {
        NetHarness h = harness();
        ConnectionPeer a = peer(h, PUB0);
        ConnectionPeer b = peer(h, PUB1);
        h.at(0, () -> h.net().setAlive(1, false));
        h.at(0, () -> a.stream(PUB1, 1)); // the SYN finds node 1 dead at 10 ms: fails, reported at 3 s
        h.at(Time.ms(50), () -> h.net().setAlive(1, true));
        h.at(Time.ms(100), () -> a.stream(PUB1, 2)); // a new handshake: open at 120, delivered at 130
        h.runToEnd();
        assertEquals("130 got 2 from 0", b.log.get(0));
        assertEquals(1, h.net().connections(0).failed());
        assertEquals(1, h.net().connections(0).opened());
    }
}
