package io.gossamer.protocols.pss;

import java.util.List;

/**
 * Peers from the service's view.
 *
 * @param peers the descriptors, each a distinct node
 */
public record Sample(List<Descriptor> peers) {
    /** Copies the list. */
    public Sample {
        peers = List.copyOf(peers);
    }
}
