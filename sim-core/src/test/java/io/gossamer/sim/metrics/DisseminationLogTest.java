package io.gossamer.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gossamer.sim.Time;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.Init;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.node.NodeHost;
import org.junit.jupiter.api.Test;

/** Per-message figures that stay defined when a message does not reach every target. */
class DisseminationLogTest {

    /** A node that does nothing: the log only needs it alive. */
    public static final class Idle extends ComponentDefinition {
        /** Creates the component. */
        public Idle() {
        }
    }

    private static NodeHost host(int nodes) {
        NodeHost host = new NodeHost(new Simulation(1), NetworkConfig.ideal());
        for (int i = 0; i < nodes; i++) {
            host.start(Address.of(i), Idle.class, Init.none());
        }
        return host;
    }

    private static long ms(long n) {
        return n * Time.MILLISECOND;
    }

    @Test
    void aMessageThatMissedNinetyPercentStillHasItsReachedPercentilesAndLastReceipt() {
        NodeHost host = host(10);
        DisseminationLog log = new DisseminationLog(host);
        int m = log.injected(0, 0, 100);
        // Nodes 1..5 receive it at 10, 20, ..., 50 ms; 6..9 never do.
        for (int node = 1; node <= 5; node++) {
            log.delivered(m, node, ms(10L * node), node);
        }
        log.delivered(m, 3, ms(99), 7); // a second receipt does not count
        MessageStats s = log.stats(m);
        assertEquals(10, s.targets());
        assertEquals(6, s.reached());
        assertEquals(ms(40), s.t50(), "the 5th of 10 targets (0, 10, 20, 30, 40 ms)");
        assertEquals(-1, s.t90(), "only 6 of 10 targets were reached");
        assertEquals(ms(50), s.last());
        // Nearest rank over the 6 reached (0, 10, 20, 30, 40, 50 ms): ceil(3) = 3rd, ceil(5.4) = 6th, 6th.
        assertEquals(ms(20), s.t50Reached());
        assertEquals(ms(50), s.t90Reached());
        assertEquals(ms(50), s.t99Reached());
    }

    @Test
    void aMessageOnlyTheOriginHadHasZeroDelays() {
        NodeHost host = host(4);
        DisseminationLog log = new DisseminationLog(host);
        int m = log.injected(2, ms(5), 10);
        MessageStats s = log.stats(m);
        assertEquals(1, s.reached());
        assertEquals(0, s.last());
        assertEquals(0, s.t90Reached());
        assertEquals(-1, s.t50());
    }

    @Test
    void pooledDelaysCoverEveryFirstReceiptOfEveryMessage() {
        NodeHost host = host(3);
        DisseminationLog log = new DisseminationLog(host);
        int a = log.injected(0, 0, 1);
        int b = log.injected(1, ms(100), 1);
        log.delivered(a, 1, ms(30), 1);
        log.delivered(b, 2, ms(110), 1);
        log.delivered(b, 0, ms(140), 2);
        assertArrayEquals(new long[] {0, 0, ms(10), ms(30), ms(40)}, log.pooledTargetDelays());
        long[] pooled = log.pooledTargetDelays();
        assertEquals(0, DisseminationLog.nearestRank(pooled, pooled.length, 0.40));
        assertEquals(ms(10), DisseminationLog.nearestRank(pooled, pooled.length, 0.50));
        assertEquals(ms(40), DisseminationLog.nearestRank(pooled, pooled.length, 0.90));
        assertEquals(0, DisseminationLog.nearestRank(new long[0], 0, 0.5));
    }

    @Test
    void thePartsOfASplitRunMergeToTheWholeRunsFigures() {
        NodeHost host = host(10);
        DisseminationLog whole = new DisseminationLog(host);
        // Part 1 hosts the even nodes, part 2 the odd ones; both record the injection at node 0.
        DisseminationLog even = new DisseminationLog(host, id -> id % 2 == 0);
        DisseminationLog odd = new DisseminationLog(host, id -> id % 2 == 1);
        for (DisseminationLog log : new DisseminationLog[] {whole, even, odd}) {
            log.injected(0, ms(100), 64);
        }
        for (int node = 1; node < 8; node++) {
            whole.delivered(0, node, ms(100 + 10L * node), node);
            (node % 2 == 0 ? even : odd).delivered(0, node, ms(100 + 10L * node), node);
            whole.sent(0, 2);
            (node % 2 == 0 ? even : odd).sent(0, 2);
        }
        host.fail(9);
        DisseminationLog.Raw merged = DisseminationLog.Raw.merge(java.util.List.of(even.raw(0), odd.raw(0)));
        assertEquals(even.raw(0).nodes().length + odd.raw(0).nodes().length - 1, merged.nodes().length, "the origin counts once");
        MessageStats expected = whole.stats(0);
        MessageStats got = DisseminationLog.restore(java.util.List.of(merged)).stats(0);
        assertEquals(expected, got);
        assertEquals(5, even.stats(0).targets(), "a part's targets are its own nodes");
    }
}
