package io.gossamer.protocols.hyparview;

import io.gossamer.sim.core.PortType;

/**
 * What a membership protocol tells the layer above it: a node entered this node's active
 * view ({@link NeighbourUp}) or left it ({@link NeighbourDown}, because it failed or the
 * link was dropped). Every up is followed by at most one down for the same node before the
 * next up.
 */
public final class Membership extends PortType {
    /** Declares the two indications. */
    public Membership() {
        indication(NeighbourUp.class);
        indication(NeighbourDown.class);
    }

    /** {@code node} is now an active neighbour. */
    public record NeighbourUp(int node) {
    }

    /** {@code node} is no longer an active neighbour. */
    public record NeighbourDown(int node) {
    }
}
