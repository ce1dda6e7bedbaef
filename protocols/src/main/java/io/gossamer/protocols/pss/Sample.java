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
}
