package io.gossamer.protocols.pss;

import io.gossamer.sim.core.PortType;

/**
 * The port of a peer sampling service: ask for a sample of peers ({@link SampleRequest}), and
 * receive samples ({@link Sample}) as answers and after every shuffle round.
 */
public final class PeerSampling extends PortType {
    /** Declares the request and the indication. */
    public PeerSampling() {
        request(SampleRequest.class);
        indication(Sample.class);
    }
}
