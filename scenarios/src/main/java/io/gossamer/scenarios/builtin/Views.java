package io.gossamer.scenarios.builtin;

import io.gossamer.protocols.pss.Descriptor;
import io.gossamer.protocols.pss.PeerSampling;
import io.gossamer.protocols.pss.PeerSamplingView;
import io.gossamer.protocols.pss.Sample;
import io.gossamer.scenarios.spi.RunSetup;
import io.gossamer.sim.node.NodeHost;
import java.util.Arrays;

/**
 * What the {@code pss} metric reads of the peer sampling services, from outside them: each
 * live node's view, pulled from the component that provides its {@link PeerSampling} port when
 * the metric samples (as a PeerSim observer reads protocols), and how often each node appeared
 * in the samples the services handed out, counted by observing their {@link Sample} indications.
 */
final class Views {
    private static final PeerSamplingView EMPTY = new PeerSamplingView() {
        @Override
        public int viewSize() {
            return 0;
        }

        @Override
        public Descriptor viewEntry(int i) {
            throw new IndexOutOfBoundsException(i);
        }

        @Override
        public long ageRoundNanos() {
            return 0;
        }
    };

    private final NodeHost host;
    private final int capacity;
    private long[] sampled;

    Views(RunSetup setup) {
        this.host = setup.host();
        this.capacity = setup.nodeCapacity();
        this.sampled = new long[capacity];
        setup.simulation().observe(PeerSampling.class, Sample.class, (node, sample) -> {
            for (int i = 0, n = sample.size(); i < n; i++) {
                int id = sample.peerId(i);
                if (id >= sampled.length) {
                    sampled = Arrays.copyOf(sampled, Math.max(id + 1, sampled.length * 2));
                }
                sampled[id]++;
            }
        });
    }

    /** Node {@code node}'s service as it is now (an empty view if the node runs none). */
    PeerSamplingView of(int node) {
        var port = host.portOrNull(node, PeerSampling.class);
        return port != null && port.owner() instanceof PeerSamplingView v ? v : EMPTY;
    }

    /** Node ids the run may use. */
    int capacity() {
        return capacity;
    }

    /** How often each node id below the run's capacity appeared in samples so far. */
    long[] tallies() {
        return java.util.Arrays.copyOf(sampled, capacity);
    }
}
