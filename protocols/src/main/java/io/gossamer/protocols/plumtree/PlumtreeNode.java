package io.gossamer.protocols.plumtree;

import io.gossamer.protocols.hyparview.HyParView;
import io.gossamer.protocols.hyparview.Membership;
import io.gossamer.sim.core.ComponentDefinition;

/**
 * A Plumtree node: the root of HyParView (membership) and Plumtree (broadcast) with
 * Plumtree's {@link Membership} port connected to HyParView's. Reach the Broadcast port
 * through {@link #plumtree()}.
 */
public final class PlumtreeNode extends ComponentDefinition {
    private final HyParView membership;
    private final Plumtree plumtree;

    /**
     * The node's parts.
     *
     * @param membership HyParView's parameters
     * @param broadcast Plumtree's parameters
     */
    public record Init(HyParView.Init membership, Plumtree.Init broadcast) implements io.gossamer.sim.core.Init<PlumtreeNode> {
    }

    /** Creates the two children and connects them. */
    public PlumtreeNode(Init init) {
        membership = create(HyParView.class, init.membership());
        plumtree = create(Plumtree.class, init.broadcast());
        connect(membership.provided(Membership.class), plumtree.required(Membership.class));
    }

    /** The membership component. */
    public HyParView hyParView() {
        return membership;
    }

    /** The broadcast component (it provides the Broadcast port). */
    public Plumtree plumtree() {
        return plumtree;
    }
}
