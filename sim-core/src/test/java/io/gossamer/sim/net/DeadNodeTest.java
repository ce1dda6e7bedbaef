package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.net.model.ConstantLatency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failed, departed and never-started receivers. */
class DeadNodeTest {
    private static final long L = Time.ms(10);

    private static NetHarness harness() {
        return new NetHarness(5, NetworkConfig.ideal().withLatency(new ConstantLatency(L)));
    }

    private static List<Integer> seqs(Endpoint e) {
        return e.received().stream().map(Endpoint.Receipt::seq).toList();
    }

    @Test
    void messagesToAFailedNodeAreDroppedIncludingThoseInFlight() {
        NetHarness h = harness();
        Endpoint a = h.node(0);
        Endpoint victim = h.node(1);
        h.at(0, () -> a.send(1, 100, 1)); // arrives at 10 ms
        h.at(Time.ms(2), () -> a.send(1, 100, 2)); // arrives at 12 ms
        h.at(Time.ms(11), () -> h.host.fail(1)); // after the first, before the second
        h.at(Time.ms(20), () -> a.send(1, 100, 3));
        h.runToEnd();
        assertEquals(List.of(1), seqs(victim));
        assertEquals(2, h.net().drops(DropReason.DEAD_NODE));
        assertEquals(new NodeTraffic(0, 0, 1, 100, 2, 200), h.net().traffic(1));
        assertFalse(h.host.isAlive(1));
        assertFalse(h.net().isAlive(1));
    }

    @Test
    void aFailedNodeIsDroppedWhileQueuedOnItsDownlink() {
        NetHarness h = harness();
        Endpoint a = h.node(0);
        Endpoint victim = h.node(1, new LinkCapacity(0, 1_000_000)); // 1000 B = 8 ms down
        h.at(0, () -> a.send(1, 1000, 1)); // arrives at 10 ms, would be through at 18 ms
        h.at(Time.ms(15), () -> h.host.fail(1));
        h.runToEnd();
        assertTrue(victim.received().isEmpty());
        assertEquals(1, h.net().drops(DropReason.DEAD_NODE));
    }

    @Test
    void aFailedNodeRunsNoStopHook() {
        NetHarness h = harness();
        Endpoint a = h.node(0);
        h.host.start(Address.of(1), Endpoint.class, new Endpoint.Init(Address.of(1), 0, 50));
        h.at(Time.ms(1), () -> h.host.fail(1));
        h.runToEnd();
        assertTrue(a.received().isEmpty());
        assertEquals(0, h.net().traffic(1).sentMessages());
    }

    @Test
    void aLeavingNodeSendsFromOnStopAndIsDeadAfterwards() {
        NetHarness h = harness();
        Endpoint a = h.node(0);
        Endpoint leaver = h.host.start(Address.of(3), Endpoint.class, new Endpoint.Init(Address.of(3), 0, 77));
        h.at(Time.ms(25), () -> a.send(3, 100, 1)); // arrives at 35 ms: after the leave
        h.at(Time.ms(29), () -> a.send(3, 100, 0)); // in flight too
        h.at(Time.ms(30), () -> {
            assertTrue(h.host.isAlive(3));
            h.host.leave(3);
        });
        h.at(Time.ms(31), () -> {
            assertFalse(h.host.isAlive(3));
            assertFalse(h.net().isAlive(3));
            a.send(3, 100, 2);
        });
        h.runToEnd();
        // The goodbye left at 30 ms and arrived 10 ms later.
        assertEquals(List.of(new Endpoint.Receipt(3, -1, Time.ms(30), Time.ms(40), 77)), a.received());
        assertTrue(leaver.received().isEmpty());
        assertEquals(3, h.net().drops(DropReason.DEAD_NODE));
        assertEquals(new NodeTraffic(1, 77, 0, 0, 3, 300), h.net().traffic(3));
        assertEquals(1, h.host.liveCount());
    }

    @Test
    void messagesToNodesThatNeverStartedAreDeadNodeDrops() {
        NetHarness h = harness();
        Endpoint a = h.node(0);
        h.at(0, () -> {
            a.send(7, 10, 0);
            a.send(5000, 10, 1);
            a.multicast(new int[] {8, 9}, 10, 2);
        });
        h.runToEnd();
        assertEquals(4, h.net().drops(DropReason.DEAD_NODE));
        assertEquals(1, h.net().traffic(5000).droppedMessages());
        assertEquals(0, h.net().totalDelivered());
    }

    @Test
    void aLiveNodeWithoutANetworkComponentIsANoReceiverDrop() {
        NetHarness h = harness();
        Endpoint a = h.node(0);
        h.host.start(Address.of(1), Silent.class, Init.none());
        h.at(0, () -> a.send(1, 10, 0));
        h.runToEnd();
        assertEquals(1, h.net().drops(DropReason.NO_RECEIVER));
        assertEquals(0, h.net().drops(DropReason.DEAD_NODE));
    }
}
