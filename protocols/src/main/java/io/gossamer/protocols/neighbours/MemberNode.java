package io.gossamer.protocols.neighbours;

import io.gossamer.protocols.pss.PeerSampling;
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
     * @param samples when the membership is a peer sampling service: the protocol's neighbours,
     *     kept up to date by a {@link SampleListener} connected to the service's port (else null)
     * @param <M> the membership's type
     * @param <C> the protocol's type
     */
    public record Init<M extends ComponentDefinition, C extends ComponentDefinition>(Class<M> membership,
            io.gossamer.sim.core.Init<M> membershipInit, Class<C> protocol, io.gossamer.sim.core.Init<C> protocolInit,
            SampledNeighbours samples) implements io.gossamer.sim.core.Init<MemberNode> {
        /** A node whose membership fills a structure the protocol reads directly (a connection pool). */
        public Init(Class<M> membership, io.gossamer.sim.core.Init<M> membershipInit, Class<C> protocol,
                io.gossamer.sim.core.Init<C> protocolInit) {
            this(membership, membershipInit, protocol, protocolInit, null);
        }
    }

    /** Creates the two children. */
    public MemberNode(Init<?, ?> init) {
        ComponentDefinition membership = createMembership(init);
        if (init.samples() != null) {
            SampleListener listener = create(SampleListener.class, new SampleListener.Init(init.samples()));
            connect(membership.provided(PeerSampling.class), listener.required(PeerSampling.class));
        }
        protocol = createProtocol(init);
    }

    private <M extends ComponentDefinition> M createMembership(Init<M, ?> init) {
        return create(init.membership(), init.membershipInit());
    }

    private <C extends ComponentDefinition> C createProtocol(Init<?, C> init) {
        return create(init.protocol(), init.protocolInit());
    }

    /** The protocol component. */
    public ComponentDefinition protocol() {
        return protocol;
    }
}
