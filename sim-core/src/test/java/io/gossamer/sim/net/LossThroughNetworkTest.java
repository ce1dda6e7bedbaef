package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.net.model.BernoulliLoss;
import io.gossamer.sim.net.model.ConstantLatency;
import io.gossamer.sim.net.model.GilbertElliottLoss;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Loss models applied by the network: rates, bursts, and the drop counters. */
class LossThroughNetworkTest {

    /** Which of sender's messages 0..n-1 reached the receiver. */
    private static boolean[] lostFrom(Endpoint receiver, int sender, int n) {
        boolean[] lost = new boolean[n];
        Arrays.fill(lost, true);
        for (Endpoint.Receipt r : receiver.received()) {
            if (r.source() == sender) {
                lost[r.seq()] = false;
            }
        }
        return lost;
    }

    private static int count(boolean[] b) {
        int k = 0;
        for (boolean x : b) {
            if (x) {
                k++;
            }
        }
        return k;
    }

    @Test
    void bernoulliLossRateOverAHundredThousandMessages() {
        int senders = 10;
        int each = 10_000;
        int total = senders * each;
        NetHarness h = new NetHarness(11, NetworkConfig.ideal()
                .withLatency(new ConstantLatency(Time.ms(1))).withLoss(new BernoulliLoss(0.1)));
        Endpoint sink = h.node(0);
        Endpoint[] src = new Endpoint[senders];
        for (int s = 0; s < senders; s++) {
            src[s] = h.node(s + 1);
        }
        for (int i = 0; i < each; i++) {
            int seq = i;
            h.at(i * Time.us(10), () -> {
                for (Endpoint e : src) {
                    e.send(0, 100, seq);
                }
            });
        }
        h.runToEnd();
        SimNetwork net = h.net();
        long lost = net.drops(DropReason.LOSS);
        // Binomial sd of the rate sqrt(0.09 / 100,000) = 0.00095; 5 sd.
        double rate = lost / (double) total;
        assertTrue(Math.abs(rate - 0.1) < 5 * Math.sqrt(0.09 / total), "loss rate " + rate);
        assertEquals(total, net.totalSent());
        assertEquals(total - lost, net.totalDelivered());
        assertEquals(total - lost, sink.received().size());
        assertEquals(lost, net.traffic(0).droppedMessages());
        assertEquals(lost * 100, net.traffic(0).droppedBytes());
        // Each sender's own rate (10,000 messages, sd 0.003) to 5 sd; their loss patterns differ.
        boolean[] first = null;
        for (int s = 1; s <= senders; s++) {
            boolean[] l = lostFrom(sink, s, each);
            double r = count(l) / (double) each;
            assertTrue(Math.abs(r - 0.1) < 5 * Math.sqrt(0.09 / each), "sender " + s + " loss rate " + r);
            if (first == null) {
                first = l;
            } else {
                assertNotEquals(Arrays.toString(first), Arrays.toString(l), "senders share a loss stream");
            }
        }
    }

    @Test
    void gilbertElliottThroughTheNetworkIsBurstyAtItsStationaryRate() {
        int n = 200_000;
        GilbertElliottLoss ge = new GilbertElliottLoss(0.01, 0.25, 0, 0.8);
        boolean[] geLost = sendAll(new NetHarness(12, NetworkConfig.ideal()
                .withLatency(new ConstantLatency(Time.ms(1))).withLoss(ge)), n);
        // Rate 0.030769 with correlated draws: se sqrt(0.16456 / n) = 0.00091 (see LossModelTest); 5 se.
        double rate = count(geLost) / (double) n;
        assertTrue(Math.abs(rate - ge.stationaryLossRate()) < 5 * Math.sqrt(0.16456 / n),
                "GE rate " + rate + " vs stationary " + ge.stationaryLossRate());

        boolean[] bernLost = sendAll(new NetHarness(12, NetworkConfig.ideal()
                .withLatency(new ConstantLatency(Time.ms(1))).withLoss(new BernoulliLoss(ge.stationaryLossRate()))), n);
        double geRun = meanRun(geLost);
        double bernRun = meanRun(bernLost);
        // Theory: 2.5 (se 0.04 over ~2,500 runs) against 1.032 (se 0.003).
        assertTrue(Math.abs(geRun - 2.5) < 0.2, "GE mean loss run " + geRun);
        assertTrue(Math.abs(bernRun - 1.032) < 0.015, "Bernoulli mean loss run " + bernRun);
        assertTrue(geRun > bernRun, "GE runs " + geRun + " vs Bernoulli " + bernRun);
    }

    /** Node 1 sends n messages to node 0, one per microsecond; returns which were lost. */
    private static boolean[] sendAll(NetHarness h, int n) {
        Endpoint sink = h.node(0);
        Endpoint src = h.node(1);
        for (int i = 0; i < n; i++) {
            int seq = i;
            h.at(i * Time.MICROSECOND, () -> src.send(0, 64, seq));
        }
        h.runToEnd();
        boolean[] lost = lostFrom(sink, 1, n);
        assertEquals(count(lost), h.net().drops(DropReason.LOSS));
        return lost;
    }

    private static double meanRun(boolean[] lost) {
        long total = 0;
        int runs = 0;
        for (int i = 0; i < lost.length; i++) {
            if (lost[i]) {
                total++;
                if (i == 0 || !lost[i - 1]) {
                    runs++;
                }
            }
        }
        return total / (double) runs;
    }
}
