package io.gossamer.scenarios.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gossamer.protocols.overlay.OverlayMetrics;
import io.gossamer.protocols.overlay.StaticGraph;
import io.gossamer.protocols.pss.Descriptor;
import io.gossamer.protocols.pss.PeerSamplingView;
import io.gossamer.protocols.pss.ViewGraphs;
import io.gossamer.sim.core.Simulation;
import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.NetworkConfig;
import io.gossamer.sim.node.NodeHost;
import org.junit.jupiter.api.Test;

/** The pss metric's own arithmetic. */
class PssMetricTest {
    private static NodeHost hostWith(int nodes) {
        NodeHost host = new NodeHost(new Simulation(1), NetworkConfig.ideal());
        for (int id = 0; id < nodes; id++) {
            host.start(Address.of(id), Protocols.IdleNode.class, new Protocols.IdleNode.Init());
        }
        host.simulation().run();
        return host;
    }

    @Test
    void chiSquareIsZeroForEvenCountsAndPearsonsOtherwise() {
        NodeHost host = hostWith(4);
        assertEquals(0.0, ViewGraphs.chiSquarePerDof(new long[4], new long[] {5, 5, 5, 5}, host));
        // counts 2, 4, 6, 8: expected 5 each; chi-square (9 + 1 + 1 + 9) / 5 = 4 over 3 degrees of freedom.
        assertEquals(4.0 / 3, ViewGraphs.chiSquarePerDof(new long[] {1, 1, 1, 1}, new long[] {3, 5, 7, 9}, host), 1e-12);
    }

    @Test
    void theViewGraphKeepsLiveNodesOnlyRenumbered() {
        NodeHost host = hostWith(4);
        host.fail(2);
        host.simulation().run();
        java.util.Map<Integer, PeerSamplingView> views = java.util.Map.of(0, view(d(1), d(2), d(3)), 1, view(d(0)),
                3, view(d(2)));
        StaticGraph g = ViewGraphs.liveViewGraph(views::get, host, 4);
        assertEquals(3, g.nodes());
        assertEquals(3, g.edges()); // 0->1, 0->3, 1->0; the descriptors of dead node 2 are left out
        assertEquals(java.util.List.of(1, 1, 1), java.util.Arrays.stream(OverlayMetrics.inDegrees(g)).boxed().toList());
    }

    private static PeerSamplingView view(Descriptor... entries) {
        return new PeerSamplingView() {
            @Override
            public int viewSize() {
                return entries.length;
            }

            @Override
            public Descriptor viewEntry(int i) {
                return entries[i];
            }

            @Override
            public long ageRoundNanos() {
                return 1;
            }
        };
    }

    private static Descriptor d(int id) {
        return new Descriptor(Address.of(id), 0);
    }
}
