package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.net.model.UniformLatency;
import org.junit.jupiter.api.Test;

/**
 * Per-node and total counters against a scenario where every message's fate is known in
 * advance: each drop reason occurs a fixed number of times, and sizes differ per message.
 */
class TrafficCountersTest {

    @Test
    void perNodeCountersTotalsAndDropsByReasonAddUp() {
        // Messages to node 4 are lost (a deterministic loss model), node 5 is partitioned
        // away, node 6 fails before anything arrives, node 7 never starts, node 8 has no
        // network component. Nodes 0..3 exchange messages freely.
        LossModel toFour = (src, dst, rng) -> dst == 4;
        NetHarness h = new NetHarness(9, NetworkConfig.ideal()
                .withLatency(new UniformLatency(Time.ms(1), Time.ms(20))).withLoss(toFour));
        int live = 7;
        Endpoint[] e = new Endpoint[live];
        for (int i = 0; i < live; i++) {
            e[i] = h.node(i);
        }
        h.host.start(Address.of(8), Silent.class, Init.none());
        h.net().partition(new int[] {5});
        h.at(0, () -> h.host.fail(6));

        long[] sentMsgs = new long[9];
        long[] sentBytes = new long[9];
        long[] toMsgs = new long[9];
        long[] toBytes = new long[9];
        int rounds = 25;
        for (int round = 0; round < rounds; round++) {
            int r = round;
            for (int src = 0; src < 4; src++) {
                for (int dst = 0; dst <= 8; dst++) {
                    if (dst == src) {
                        continue;
                    }
                    int size = 10 + 7 * src + 3 * dst + r; // a different size per message
                    sentMsgs[src]++;
                    sentBytes[src] += size;
                    toMsgs[dst]++;
                    toBytes[dst] += size;
                    int s = src;
                    int d = dst;
                    h.at(Time.ms(1) + r * Time.ms(3), () -> e[s].send(d, size, r));
                }
            }
        }
        // One multicast from node 1 to 0, 2, 4 and 7: four sends of one object.
        int[] targets = {0, 2, 4, 7};
        h.at(Time.ms(500), () -> e[1].multicast(targets, 333, 99));
        sentMsgs[1] += 4;
        sentBytes[1] += 4 * 333;
        for (int t : targets) {
            toMsgs[t]++;
            toBytes[t] += 333;
        }
        // Mid-run, the copies on the wire make up the difference (sent = delivered + dropped + in flight).
        SimNetwork net = h.net();
        long[] middle = new long[4];
        h.at(Time.ms(30) + 1, () -> {
            middle[0] = net.totalSent();
            middle[1] = net.totalDelivered();
            for (DropReason reason : DropReason.values()) {
                middle[2] += net.drops(reason);
            }
            middle[3] = net.inFlight();
        });
        h.runToEnd();
        assertTrue(middle[3] > 0, "messages were under way at 30 ms");
        assertEquals(middle[0], middle[1] + middle[2] + middle[3]);
        assertEquals(0, net.inFlight(), "nothing under way once the run drained");

        long totalSent = 0;
        long totalDropped = 0;
        long totalReceived = 0;
        for (int n = 0; n <= 8; n++) {
            NodeTraffic t = net.traffic(n);
            assertEquals(sentMsgs[n], t.sentMessages(), "sent messages of " + n);
            assertEquals(sentBytes[n], t.sentBytes(), "sent bytes of " + n);
            boolean reachable = n <= 3;
            long recvMsgs = n < live ? e[n].received().size() : 0;
            long recvBytes = n < live ? e[n].received().stream().mapToLong(Endpoint.Receipt::sizeBytes).sum() : 0;
            assertEquals(reachable ? toMsgs[n] : 0, recvMsgs, "messages seen by " + n);
            assertEquals(recvMsgs, t.receivedMessages(), "received messages of " + n);
            assertEquals(recvBytes, t.receivedBytes(), "received bytes of " + n);
            assertEquals(reachable ? 0 : toMsgs[n], t.droppedMessages(), "dropped messages of " + n);
            assertEquals(reachable ? 0 : toBytes[n], t.droppedBytes(), "dropped bytes of " + n);
            totalSent += t.sentMessages();
            totalDropped += t.droppedMessages();
            totalReceived += t.receivedMessages();
        }
        assertEquals(totalSent, net.totalSent());
        assertEquals(totalReceived, net.totalDelivered());
        assertEquals(net.totalSent(), net.totalDelivered() + totalDropped);
        long byReason = 0;
        for (DropReason reason : DropReason.values()) {
            byReason += net.drops(reason);
        }
        assertEquals(totalDropped, byReason);
        assertEquals(toMsgs[4], net.drops(DropReason.LOSS));
        assertEquals(toMsgs[5], net.drops(DropReason.PARTITION));
        assertEquals(toMsgs[6] + toMsgs[7], net.drops(DropReason.DEAD_NODE));
        assertEquals(toMsgs[8], net.drops(DropReason.NO_RECEIVER));
        assertEquals(0, net.drops(DropReason.NAT));
        assertEquals(4L * 8 * rounds + 4, net.totalSent());
        assertEquals(new NodeTraffic(0, 0, 0, 0, 0, 0), net.traffic(123_456));
    }
}
