package io.gossamer.protocols.pss;

/**
 * What measurement may read of a peer sampling service's state when it samples, as a
 * PeerSim observer reads a protocol: the descriptors of the node's current view. The
 * services never push their views anywhere; a metric finds a node's service through the
 * node's {@link PeerSampling} port and reads it between events.
 */
public interface PeerSamplingView {
    /** Descriptors in the view now. */
    int viewSize();

    /** The {@code i}-th descriptor, {@code 0 <= i < viewSize()}. */
    Descriptor viewEntry(int i);

    /** The node id of the {@code i}-th descriptor (services read it without making the descriptor). */
    default int viewPeerId(int i) {
        return viewEntry(i).address().id();
    }

    /** The age of the {@code i}-th descriptor, in rounds. */
    default int viewAge(int i) {
        return viewEntry(i).age();
    }

    /** The length of the round in which descriptors' ages are counted (the service's period, ns). */
    long ageRoundNanos();
}
