package io.gossamer.protocols.neighbours;

import io.gossamer.sim.core.ComponentDefinition;

/**
 * A node of two children: a membership component that maintains the node's neighbours (the
 * member of a bootstrap connection pool, a peer sampling service) and a protocol that takes
 * its peers from what the membership maintains. The root of such a node.
 */
public final class MemberNode extends ComponentDefinition {
    private final ComponentDefinition protocol;

    /**
     * The node's parts.
     *
     * @param membership the membership component's class
     * @param membershipInit its parameters
     * @param protocol the protocol component's class
     * @param protocolInit its parameters
     * @param <M> the membership's type
     * @param <C> the protocol's type
     */
    public record Init<M extends ComponentDefinition, C extends ComponentDefinition>(Class<M> membership,
            io.gossamer.sim.core.Init<M> membershipInit, Class<C> protocol, io.gossamer.sim.core.Init<C> protocolInit)
            implements io.gossamer.sim.core.Init<MemberNode> {
    }

    /** Creates the two children. */
    public MemberNode(Init<?, ?> init) {
        createMembership(init);
        protocol = createProtocol(init);
    }

    private <M extends ComponentDefinition> void createMembership(Init<M, ?> init) {
        create(init.membership(), init.membershipInit());
    }

    private <C extends ComponentDefinition> C createProtocol(Init<?, C> init) {
        return create(init.protocol(), init.protocolInit());
    }

    /** The protocol component (to reach its Broadcast port). */
    public ComponentDefinition protocol() {
        return protocol;
    }
}
