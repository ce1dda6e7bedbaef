package io.gossamer.protocols.pss;

import java.util.List;

/**
 * Peers from the service's view.
 *
 * @param peers the descriptors, each a distinct node
 */
public record Sample(List<Descriptor> peers) {
    /** Copies the list (a service's own immutable view snapshot is taken as it is). */
    public Sample {
        peers = peers instanceof Descriptors ? peers : List.copyOf(peers);
    }

    /** How many peers the sample holds. */
    public int size() {
        return peers.size();
    }

    /**
     * The node id of the {@code i}-th peer, read without making its {@link Descriptor} (an
     * observer that tallies every sample of a large run then allocates nothing).
     */
    public int peerId(int i) {
        return peers instanceof Descriptors d ? d.id(i) : peers.get(i).address().id();
    }
}
