package io.gossamer.protocols.neighbours;

import io.gossamer.protocols.pss.PeerSampling;
import io.gossamer.protocols.pss.Sample;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.RequiredPort;

/**
 * Requires a peer sampling service and keeps the node's {@link SampledNeighbours} set to the
 * latest sample it hands out: how a dissemination protocol gossips over a service's views
 * through the service's port.
 */
public final class SampleListener extends ComponentDefinition {
    private final RequiredPort<PeerSampling> sampling = requires(PeerSampling.class);
    private final SampledNeighbours neighbours;

    /**
     * Its wiring.
     *
     * @param neighbours the node's neighbours to keep up to date
     */
    public record Init(SampledNeighbours neighbours) implements io.gossamer.sim.core.Init<SampleListener> {
    }

    /** Creates it. */
    public SampleListener(Init init) {
        this.neighbours = init.neighbours();
        subscribe(sampling, Sample.class, SampleListener::onSample);
    }

    private void onSample(Sample sample) {
        neighbours.update(sample);
    }
}
