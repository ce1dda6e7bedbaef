package io.gossamer.sim.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gossamer.sim.Time;
import io.gossamer.sim.net.model.BernoulliLoss;
import io.gossamer.sim.net.model.DistributionLatency;
import io.gossamer.sim.net.model.UniformLatency;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Latency and loss draw from per-sender streams: traffic from another node, or starting nodes
 * in another order, never changes the draws for a node's messages; the same seed repeats
 * everything, another seed does not.
 */
class DrawDeterminismTest {
    private static final int A = 0;
    private static final int B = 1;
    private static final int SINK = 2;
    private static final int MESSAGES = 300;

    /**
     * Node A sends MESSAGES messages to the sink, one per millisecond; with {@code noise},
     * node B (started first) sends 5 messages per millisecond to the sink and to A from before
     * A's first send. Returns what the sink received from A.
     */
    private static List<Endpoint.Receipt> fromA(long seed, Supplier<NetworkConfig> config, boolean noise) {
        NetHarness h = new NetHarness(seed, config.get());
        Endpoint b = noise ? h.node(B) : null;
        Endpoint sink = h.node(SINK);
        Endpoint a = h.node(A);
        if (noise) {
            for (int i = 0; i < 2 * MESSAGES; i++) {
                int seq = i;
                h.at(i * Time.us(500), () -> {
                    for (int k = 0; k < 5; k++) {
                        b.send(k % 2 == 0 ? SINK : A, 200, seq);
                    }
                });
            }
        }
        for (int i = 0; i < MESSAGES; i++) {
            int seq = i;
            h.at(Time.ms(1) + i * Time.ms(1), () -> a.send(SINK, 200, seq));
        }
        h.runToEnd();
        return sink.received().stream().filter(r -> r.source() == A)
                .sorted((x, y) -> Integer.compare(x.seq(), y.seq())).toList();
    }

    @Test
    void otherSendersDoNotShiftUniformLatencyDraws() {
        Supplier<NetworkConfig> c = () -> NetworkConfig.ideal().withLatency(new UniformLatency(Time.ms(1), Time.ms(100)));
        List<Endpoint.Receipt> quiet = fromA(42, c, false);
        List<Endpoint.Receipt> noisy = fromA(42, c, true);
        assertEquals(MESSAGES, quiet.size());
        assertEquals(quiet, noisy);
        assertDistinctTransits(quiet);
    }

    @Test
    void otherSendersDoNotShiftCommonsMathDraws() {
        // The distribution object is bound to the network's cursor stream, whose state is
        // swapped per sender; a distribution that cached draws would break this.
        Supplier<NetworkConfig> c = () -> NetworkConfig.ideal().withLatency(DistributionLatency.normal(40, 10));
        assertEquals(fromA(42, c, false), fromA(42, c, true));
        Supplier<NetworkConfig> ln = () -> NetworkConfig.ideal().withLatency(DistributionLatency.logNormal(3, 0.7));
        assertEquals(fromA(43, ln, false), fromA(43, ln, true));
    }

    @Test
    void otherSendersDoNotShiftLossDraws() {
        Supplier<NetworkConfig> c = () -> NetworkConfig.ideal()
                .withLatency(new UniformLatency(Time.ms(1), Time.ms(100))).withLoss(new BernoulliLoss(0.3));
        List<Endpoint.Receipt> quiet = fromA(7, c, false);
        List<Endpoint.Receipt> noisy = fromA(7, c, true);
        assertEquals(quiet, noisy);
        // 300 messages at 30% loss: 210 expected, binomial sd 7.9; well away from 0 or 300.
        assertTrue(quiet.size() > 160 && quiet.size() < 260, "delivered " + quiet.size());
    }

    @Test
    void sameSeedRepeatsAndAnotherSeedDiffers() {
        Supplier<NetworkConfig> c = () -> NetworkConfig.ideal().withLatency(DistributionLatency.exponential(30));
        List<Endpoint.Receipt> first = fromA(1, c, true);
        assertEquals(first, fromA(1, c, true));
        assertNotEquals(first, fromA(2, c, true));
    }

    /** The draws are not all alike (a model ignoring its stream would pass the tests above). */
    private static void assertDistinctTransits(List<Endpoint.Receipt> receipts) {
        long distinct = receipts.stream().mapToLong(Endpoint.Receipt::transit).distinct().count();
        assertTrue(distinct > receipts.size() * 9 / 10, "only " + distinct + " distinct latencies");
    }
}
