package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.net.model.ConstantLatency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partitions: drops across groups, delivery within, heal, and changes at run time. */
class PartitionTest {
    private static final long L = Time.ms(5);
    private static final int N = 6;

    private NetHarness h;
    private Endpoint[] nodes;

    private void setUp() {
        h = new NetHarness(3, NetworkConfig.ideal().withLatency(new ConstantLatency(L)));
        nodes = new Endpoint[N];
        for (int i = 0; i < N; i++) {
            nodes[i] = h.node(i);
        }
    }

    /** At {@code time}, every node sends to every other node, with seq = round. */
    private void allToAll(long time, int round) {
        h.at(time, () -> {
            for (int a = 0; a < N; a++) {
                for (int b = 0; b < N; b++) {
                    if (a != b) {
                        nodes[a].send(b, 100, round);
                    }
                }
            }
        });
    }

    /** "a>b" for each message of the round delivered, sorted. */
    private List<String> delivered(int round) {
        List<String> out = new ArrayList<>();
        for (int b = 0; b < N; b++) {
            for (Endpoint.Receipt r : nodes[b].received()) {
                if (r.seq() == round) {
                    out.add(r.source() + ">" + b);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** The ordered pairs a != b with group[a] == group[b], as "a>b", sorted. */
    private static List<String> sameGroup(int[] group) {
        List<String> out = new ArrayList<>();
        for (int b = 0; b < N; b++) {
            for (int a = 0; a < N; a++) {
                if (a != b && group[a] == group[b]) {
                    out.add(a + ">" + b);
                }
            }
        }
        out.sort(null);
        return out;
    }

    @Test
    void crossGroupMessagesAreDroppedWithinGroupDeliveredAndHealRestores() {
        setUp();
        h.net().partition(new int[] {0, 1, 2}, new int[] {3, 4}); // 5 is left in a group of its own
        allToAll(0, 0);
        h.at(Time.ms(100), () -> h.net().heal());
        allToAll(Time.ms(200), 1);
        // Changed at run time: {0, 3} against everyone else.
        h.at(Time.ms(300), () -> h.net().partition(new int[] {0, 3}));
        allToAll(Time.ms(400), 2);
        h.runToEnd();

        List<String> round0 = delivered(0);
        assertEquals(sameGroup(new int[] {1, 1, 1, 2, 2, 0}), round0);
        assertEquals(8, round0.size());
        assertEquals(30, delivered(1).size(), "after heal everything arrives");
        assertEquals(sameGroup(new int[] {1, 0, 0, 1, 0, 0}), delivered(2));
        // Round 0: 30 - 8 = 22 drops; round 2: 30 - (2 + 12) = 16 drops.
        assertEquals(22 + 16, h.net().drops(DropReason.PARTITION));
        assertEquals(0, h.net().drops(DropReason.LOSS));
        assertEquals(0, h.net().drops(DropReason.DEAD_NODE));
        // Node 5 was cut off from all 5 others in round 0; in round 2 from 0 and 3.
        assertEquals(5 + 2, h.net().traffic(5).droppedMessages());
        assertEquals(700, h.net().traffic(5).droppedBytes());
    }

    @Test
    void isPartitionedReflectsTheGroups() {
        setUp();
        SimNetwork net = h.net();
        assertFalse(net.isPartitioned(0, 5));
        net.partition(new int[] {0, 1}, new int[] {2});
        assertFalse(net.isPartitioned(0, 1));
        assertTrue(net.isPartitioned(0, 2));
        assertTrue(net.isPartitioned(2, 1));
        assertTrue(net.isPartitioned(1, 3));
        assertFalse(net.isPartitioned(3, 4)); // both unlisted
        assertFalse(net.isPartitioned(4, 1000)); // an id the network has never seen is unlisted too
        assertTrue(net.isPartitioned(0, 1000));
        net.heal();
        assertFalse(net.isPartitioned(0, 2));
    }

    @Test
    void theDecisionIsMadeWhenTheMessageIsSent() {
        long slow = Time.ms(50);
        h = new NetHarness(3, NetworkConfig.ideal().withLatency(new ConstantLatency(slow)));
        Endpoint a = h.node(0);
        Endpoint b = h.node(1);
        h.at(0, () -> a.send(1, 10, 1)); // in flight when the partition starts: delivered
        h.at(Time.ms(10), () -> h.net().partition(new int[] {0}));
        h.at(Time.ms(20), () -> a.send(1, 10, 2)); // sent across the partition: dropped...
        h.at(Time.ms(30), () -> h.net().heal()); // ...even though it heals before arrival
        h.at(Time.ms(40), () -> a.send(1, 10, 3));
        h.runToEnd();
        assertEquals(List.of(1, 3), b.received().stream().map(Endpoint.Receipt::seq).toList());
        assertEquals(Time.ms(50), b.received().get(0).receivedAt());
        assertEquals(1, h.net().drops(DropReason.PARTITION));
    }

    @Test
    void nodesThatJoinAfterThePartitionAreInTheUnlistedGroup() {
        setUp();
        h.net().partition(new int[] {0});
        Endpoint late = h.node(40); // beyond the network's tables when it was partitioned
        h.at(0, () -> {
            nodes[0].send(40, 10, 0);
            nodes[1].send(40, 10, 1);
            late.send(0, 10, 2);
            late.send(2, 10, 3);
        });
        h.runToEnd();
        assertEquals(List.of(1), late.received().stream().map(Endpoint.Receipt::seq).toList());
        assertEquals(1, nodes[2].received().size());
        assertEquals(0, nodes[0].received().size());
        assertEquals(2, h.net().drops(DropReason.PARTITION));
    }

    @Test
    void aMessageDroppedByAPartitionHasAlreadyUsedTheUplink() {
        // The chain is uplink -> partition -> ...: the dropped message holds the uplink.
        h = new NetHarness(3, NetworkConfig.ideal().withLatency(new ConstantLatency(L)));
        Endpoint a = h.node(0, new LinkCapacity(1_000_000, 0)); // 1000 B = 8 ms
        h.node(1);
        Endpoint c = h.node(2);
        h.net().partition(new int[] {0, 2});
        h.at(0, () -> {
            a.send(1, 1000, 0);
            a.send(2, 1000, 1);
        });
        h.runToEnd();
        assertEquals(Time.ms(16) + L, c.received().get(0).receivedAt());
        assertEquals(1, h.net().drops(DropReason.PARTITION));
    }
}
