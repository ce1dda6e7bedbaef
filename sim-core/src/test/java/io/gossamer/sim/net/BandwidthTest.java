package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.net.model.ConstantLatency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Serialization on access links through a real simulation. A message of {@code s} bytes holds
 * a link of {@code B} bit/s for {@code ceil(s * 8e9 / B)} nanoseconds (rounded up per message);
 * the expected times below are computed with exact integer arithmetic.
 */
class BandwidthTest {
    private static final long L = Time.ms(10);

    /** Nanoseconds {@code bytes} hold a link of {@code bitsPerSecond}, rounded up. */
    private static long hold(long bytes, long bitsPerSecond) {
        return -Math.floorDiv(-bytes * 8 * Time.SECOND, bitsPerSecond);
    }

    private static NetHarness harness(long latency) {
        return new NetHarness(1, NetworkConfig.ideal().withLatency(new ConstantLatency(latency)));
    }

    @Test
    void oneMessageTakesUplinkPlusLatencyPlusDownlink() {
        NetHarness h = harness(L);
        Endpoint a = h.node(0, new LinkCapacity(1_000_000, 0));
        Endpoint b = h.node(1, new LinkCapacity(0, 2_000_000));
        h.at(Time.seconds(1), () -> a.send(1, 1000, 0));
        h.runToEnd();
        // 8000 bits at 1 Mbit/s = 8 ms; 10 ms latency; 8000 bits at 2 Mbit/s = 4 ms.
        assertEquals(List.of(new Endpoint.Receipt(0, 0, Time.seconds(1), Time.seconds(1) + Time.ms(22), 1000)),
                b.received());
    }

    @Test
    void oneMessageWithRatesThatDoNotDivideEvenly() {
        NetHarness h = harness(Time.us(1234));
        Endpoint a = h.node(0, new LinkCapacity(3_000_000, 5));
        Endpoint b = h.node(1, new LinkCapacity(5, 7_000_000));
        h.at(0, () -> a.send(1, 1234, 0));
        h.runToEnd();
        // 3,290,666.67 ns up, rounded to 3,290,667; 1,410,285.71 ns down, rounded to 1,410,286.
        assertEquals(3_290_667 + Time.us(1234) + 1_410_286, b.received().get(0).transit());
        assertEquals(hold(1234, 3_000_000) + Time.us(1234) + hold(1234, 7_000_000), b.received().get(0).transit());
    }

    @Test
    void backToBackMessagesSerializeOnTheUplink() {
        NetHarness h = harness(L);
        long up = 3_000_000; // 1000 B -> 2,666,666.67 ns, rounded up per message to 2,666,667
        Endpoint a = h.node(0, new LinkCapacity(up, 0));
        Endpoint b = h.node(1);
        int k = 10;
        h.at(0, () -> {
            for (int i = 0; i < k; i++) {
                a.send(1, 1000, i);
            }
        });
        h.runToEnd();
        List<Endpoint.Receipt> got = b.received();
        assertEquals(k, got.size());
        for (int i = 0; i < k; i++) {
            assertEquals(i, got.get(i).seq());
            assertEquals((i + 1) * hold(1000, up) + L, got.get(i).receivedAt(), "message " + i);
            if (i > 0) {
                assertEquals(hold(1000, up), got.get(i).receivedAt() - got.get(i - 1).receivedAt());
            }
        }
    }

    @Test
    void uplinkQueueDrainsBeforeLaterSendsAndIdlesAfterwards() {
        NetHarness h = harness(L);
        Endpoint a = h.node(0, new LinkCapacity(1_000_000, 0)); // 1000 B = 8 ms
        Endpoint b = h.node(1);
        h.at(0, () -> a.send(1, 1000, 0));
        h.at(Time.ms(3), () -> a.send(1, 1000, 1)); // uplink busy until 8 ms: leaves at 16 ms
        h.at(Time.ms(100), () -> a.send(1, 500, 2)); // idle: leaves at 104 ms
        h.runToEnd();
        List<Endpoint.Receipt> got = b.received();
        assertEquals(Time.ms(8) + L, got.get(0).receivedAt());
        assertEquals(Time.ms(16) + L, got.get(1).receivedAt());
        assertEquals(Time.ms(104) + L, got.get(2).receivedAt());
    }

    @Test
    void slowDownlinkQueuesArrivalsFifo() {
        NetHarness h = harness(L);
        Endpoint a = h.node(0, new LinkCapacity(10_000_000, 0)); // 1000 B = 0.8 ms up
        Endpoint b = h.node(1, new LinkCapacity(0, 1_000_000)); // 1000 B = 8 ms down
        h.at(0, () -> {
            for (int i = 0; i < 5; i++) {
                a.send(1, 1000, i);
            }
        });
        h.runToEnd();
        List<Endpoint.Receipt> got = b.received();
        for (int i = 0; i < 5; i++) {
            // The first arrives at 0.8 + 10 ms and leaves the downlink 8 ms later; each next
            // one arrived while the downlink was busy, so it waits for the one before.
            assertEquals(i, got.get(i).seq());
            assertEquals(Time.us(800) + L + (i + 1) * Time.ms(8), got.get(i).receivedAt(), "message " + i);
        }
    }

    @Test
    void twoSendersQueueOnTheReceiversDownlinkInArrivalOrder() {
        // Node 2's messages take 12 ms, node 1's 10 ms. Node 2 sends first (same instant).
        LatencyModel latency = (src, dst, rng) -> src == 1 ? Time.ms(10) : Time.ms(12);
        NetHarness h = new NetHarness(1, NetworkConfig.ideal().withLatency(latency));
        Endpoint r = h.node(0, new LinkCapacity(0, 1_000_000)); // 1000 B = 8 ms down
        Endpoint a = h.node(1);
        Endpoint b = h.node(2);
        h.at(0, () -> {
            b.send(0, 1000, 20);
            a.send(0, 1000, 10);
        });
        h.runToEnd();
        List<Endpoint.Receipt> got = r.received();
        assertEquals(2, got.size());
        // a arrives at 10 ms, is through at 18 ms; b arrives at 12 ms, waits until 18 ms.
        assertEquals(1, got.get(0).source());
        assertEquals(Time.ms(18), got.get(0).receivedAt());
        assertEquals(2, got.get(1).source());
        assertEquals(Time.ms(26), got.get(1).receivedAt());
    }

    @Test
    void downlinkThatFreesBeforeTheNextArrivalAddsNoQueueing() {
        LatencyModel latency = (src, dst, rng) -> src == 1 ? Time.ms(10) : Time.ms(30);
        NetHarness h = new NetHarness(1, NetworkConfig.ideal().withLatency(latency));
        Endpoint r = h.node(0, new LinkCapacity(0, 1_000_000));
        Endpoint a = h.node(1);
        Endpoint b = h.node(2);
        h.at(0, () -> {
            a.send(0, 1000, 1);
            b.send(0, 1000, 2);
        });
        h.runToEnd();
        assertEquals(Time.ms(18), r.received().get(0).receivedAt());
        assertEquals(Time.ms(38), r.received().get(1).receivedAt());
    }

    @Test
    void brokerFanOutToAThousandSubscribersTakesEightyMilliseconds() {
        // Anchor T8: 1 KB (1000 B) to N = 1000 subscribers over a 100 Mbit/s uplink: the last
        // copy leaves N * s / B = 80 ms after the send, so the last delivery is L + 80 ms plus
        // one downlink serialization (all links 100 Mbit/s: 80 us per message).
        int n = 1000;
        long bps = 100_000_000;
        long lat = Time.ms(5);
        NetHarness h = new NetHarness(1, NetworkConfig.ideal().withLatency(new ConstantLatency(lat))
                .withDefaultCapacity(new LinkCapacity(bps, bps)));
        Endpoint broker = h.node(0);
        Endpoint[] subs = new Endpoint[n];
        int[] targets = new int[n];
        for (int i = 0; i < n; i++) {
            subs[i] = h.node(i + 1);
            targets[i] = i + 1;
        }
        h.at(0, () -> broker.multicast(targets, 1000, 0));
        h.runToEnd();
        long each = hold(1000, bps);
        assertEquals(Time.us(80), each);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            assertEquals(1, subs[i].received().size());
            long t = subs[i].received().get(0).receivedAt();
            // Target i leaves the uplink (i + 1) * 80 us after the send.
            assertEquals(lat + (i + 1) * each + each, t, "subscriber " + i);
            first = Math.min(first, t);
            last = Math.max(last, t);
        }
        assertEquals(lat + n * each + each, last);
        assertEquals((n - 1) * each, last - first); // 79.92 ms
        assertTrue(Math.abs(Time.toMillis(last - first) - 80) < 0.1, "fan-out took " + Time.format(last - first));
        assertEquals(n, h.net().totalDelivered());
        assertEquals(n, h.net().traffic(0).sentMessages());
        assertEquals(n * 1000L, h.net().traffic(0).sentBytes());
    }

    @Test
    void unicastFanOutSerializesLikeMulticast() {
        int n = 200;
        long bps = 100_000_000;
        NetHarness h = new NetHarness(1, NetworkConfig.ideal().withLatency(new ConstantLatency(L)));
        Endpoint broker = h.node(0, new LinkCapacity(bps, 0));
        Endpoint[] subs = new Endpoint[n];
        for (int i = 0; i < n; i++) {
            subs[i] = h.node(i + 1);
        }
        h.at(0, () -> {
            for (int i = 0; i < n; i++) {
                broker.send(i + 1, 1000, i);
            }
        });
        h.runToEnd();
        for (int i = 0; i < n; i++) {
            assertEquals(L + (i + 1) * Time.us(80), subs[i].received().get(0).receivedAt());
        }
    }

    @Test
    void unlimitedLinksAddNoDelay() {
        NetHarness h = harness(L);
        Endpoint a = h.node(0);
        Endpoint b = h.node(1);
        h.at(Time.ms(1), () -> {
            for (int i = 0; i < 3; i++) {
                a.send(1, 1_000_000, i);
            }
        });
        h.runToEnd();
        for (Endpoint.Receipt r : b.received()) {
            assertEquals(L, r.transit());
        }
        assertEquals(3, b.received().size());
    }

    @Test
    void aLinkIsUnlimitedOnlyIfNeitherDirectionIsLimited() {
        assertTrue(LinkCapacity.UNLIMITED.isUnlimited());
        assertTrue(new LinkCapacity(0, 0).isUnlimited());
        assertFalse(new LinkCapacity(1_000_000, 0).isUnlimited());
        assertFalse(new LinkCapacity(0, 1_000_000).isUnlimited());
    }
}
