package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gossamer.sim.Time;
import io.gossamer.sim.net.model.ConstantLatency;
import io.gossamer.sim.net.model.UniformLatency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-message processing cost: each node is a single server that handles the copies
 * reaching it one after another, each for the model's cost, and delivers a copy when it has
 * been handled.
 */
class ProcessingTest {
    private static final long L = Time.ms(10);
    private static final long C = Time.us(40);

    private static NetHarness harness(ProcessingModel processing) {
        return new NetHarness(1, NetworkConfig.ideal().withLatency(new ConstantLatency(L)).withProcessing(ProcessingConfig.perMessage(processing)));
    }

    @Test
    void kMessagesArrivingAtOnceAreDoneAtKTimesTheCost() {
        NetHarness h = harness(ProcessingModel.constant(C));
        int k = 25;
        List<Endpoint> senders = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            senders.add(h.node(i));
        }
        Endpoint b = h.node(0);
        h.at(0, () -> senders.forEach(s -> s.send(0, 100, 0)));
        h.runToEnd();
        List<Endpoint.Receipt> got = b.received();
        assertEquals(k, got.size());
        for (int i = 0; i < k; i++) {
            assertEquals(L + (i + 1) * C, got.get(i).receivedAt(), "copy " + i);
        }
        assertEquals(k * C, h.net().processingNanos());
    }

    @Test
    void anIdleNodeChargesOneCostAndTheQueueEmpties() {
        NetHarness h = harness(ProcessingModel.constant(C));
        Endpoint a = h.node(1);
        Endpoint b = h.node(0);
        h.at(0, () -> a.send(0, 100, 0));
        h.at(0, () -> a.send(0, 100, 1));
        h.at(Time.seconds(1), () -> a.send(0, 100, 2));
        h.runToEnd();
        List<Endpoint.Receipt> got = b.received();
        assertEquals(L + C, got.get(0).receivedAt());
        assertEquals(L + 2 * C, got.get(1).receivedAt());
        // The node was idle again by then: one cost, not three.
        assertEquals(Time.seconds(1) + L + C, got.get(2).receivedAt());
    }

    @Test
    void nodesAreSeparateServers() {
        NetHarness h = harness(ProcessingModel.constant(C));
        Endpoint a = h.node(0);
        Endpoint b = h.node(1);
        Endpoint c = h.node(2);
        h.at(0, () -> {
            a.send(1, 100, 0);
            a.send(2, 100, 0);
        });
        h.runToEnd();
        assertEquals(L + C, b.received().get(0).receivedAt());
        assertEquals(L + C, c.received().get(0).receivedAt());
    }

    @Test
    void withoutAModelNothingIsCharged() {
        NetHarness h = harness(ProcessingModel.NONE);
        Endpoint a = h.node(1);
        Endpoint b = h.node(0);
        h.at(0, () -> {
            for (int i = 0; i < 5; i++) {
                a.send(0, 100, i);
            }
        });
        h.runToEnd();
        b.received().forEach(r -> assertEquals(L, r.receivedAt()));
        assertEquals(0, h.net().processingNanos());
        assertEquals(ProcessingModel.NONE, ProcessingModel.constant(0));
    }

    @Test
    void processingComesAfterTheDownlink() {
        NetHarness h = harness(ProcessingModel.constant(C));
        Endpoint a = h.node(1);
        Endpoint b = h.node(0, new LinkCapacity(0, 8_000_000)); // 1000 B = 1 ms
        h.at(0, () -> {
            a.send(0, 1000, 0);
            a.send(0, 1000, 1);
        });
        h.runToEnd();
        // The second copy leaves the downlink at L + 2 ms, when the node is idle again.
        assertEquals(L + Time.ms(1) + C, b.received().get(0).receivedAt());
        assertEquals(L + Time.ms(2) + C, b.received().get(1).receivedAt());
    }

    @Test
    void aDeadReceiverDropsAtArrivalWithoutQueueing() {
        NetHarness h = harness(ProcessingModel.constant(C));
        Endpoint a = h.node(1);
        h.node(0);
        h.at(Time.ms(1), () -> h.host.fail(0));
        h.at(0, () -> a.send(0, 100, 0));
        h.runToEnd();
        assertEquals(1, h.net().drops(DropReason.DEAD_NODE));
        assertEquals(0, h.net().processingNanos());
        assertEquals(0, h.net().inFlight());
    }

    @Test
    void drawnCostsFollowTheSeedAndStayWithinTheirBounds() {
        long[] first = receiptTimes(1);
        long[] again = receiptTimes(1);
        long[] other = receiptTimes(2);
        assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(again));
        org.junit.jupiter.api.Assertions.assertNotEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(other));
        long previous = L;
        for (long t : first) {
            long cost = t - previous;
            org.junit.jupiter.api.Assertions.assertTrue(cost >= Time.us(20) && cost <= Time.us(60), "cost " + cost);
            previous = t;
        }
    }

    private static long[] receiptTimes(long seed) {
        NetHarness h = new NetHarness(seed, NetworkConfig.ideal().withLatency(new ConstantLatency(L))
                .withProcessing(ProcessingConfig.perMessage(ProcessingModel.drawnFrom(new UniformLatency(Time.us(20), Time.us(60))))));
        Endpoint a = h.node(1);
        Endpoint b = h.node(0);
        h.at(0, () -> {
            for (int i = 0; i < 10; i++) {
                a.send(0, 100, i);
            }
        });
        h.runToEnd();
        return b.received().stream().mapToLong(Endpoint.Receipt::receivedAt).toArray();
    }

    @Test
    void aNegativeConstantIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProcessingModel.constant(-1));
    }

    @Test
    void copiesSentLeaveOneAfterAnotherAndShareTheServerWithReceipts() {
        long send = Time.us(10);
        NetHarness h = new NetHarness(1, NetworkConfig.ideal().withLatency(new ConstantLatency(L))
                .withProcessing(new ProcessingConfig(ProcessingModel.constant(C), ProcessingModel.constant(send), false)));
        Endpoint a = h.node(0);
        List<Endpoint> to = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            to.add(h.node(i));
        }
        h.at(0, () -> a.multicast(new int[] {1, 2, 3, 4}, 100, 0));
        h.runToEnd();
        for (int i = 0; i < 4; i++) {
            // Copy i leaves after i + 1 send costs, then is handled at its receiver.
            assertEquals((i + 1) * send + L + C, to.get(i).received().get(0).receivedAt(), "copy to " + (i + 1));
        }
        assertEquals(4 * send + 4 * C, h.net().processingNanos());
    }

    @Test
    void aSharedServerHandlesEveryNodesMessagesInTurn() {
        NetHarness h = new NetHarness(1, NetworkConfig.ideal().withLatency(new ConstantLatency(L))
                .withProcessing(new ProcessingConfig(ProcessingModel.constant(C), ProcessingModel.NONE, true)));
        Endpoint a = h.node(0);
        Endpoint b = h.node(1);
        Endpoint c = h.node(2);
        h.at(0, () -> {
            a.send(1, 100, 0);
            a.send(2, 100, 0);
        });
        h.runToEnd();
        assertEquals(L + C, b.received().get(0).receivedAt());
        assertEquals(L + 2 * C, c.received().get(0).receivedAt());
    }
}
