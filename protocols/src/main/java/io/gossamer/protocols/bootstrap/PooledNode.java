package io.gossamer.protocols.bootstrap;

import io.gossamer.sim.core.ComponentDefinition;

/**
 * A node that joins through the bootstrap server ({@link PoolMember}) and runs a
 * dissemination protocol over the connection pool it builds: the root of such a node, with
 * the two as children.
 */
public final class PooledNode extends ComponentDefinition {
    private final ComponentDefinition protocol;

    /**
     * The node's parts.
     *
     * @param member the join handshake's parameters
     * @param protocol the protocol component's class
     * @param protocolInit its parameters
     * @param <C> the protocol component's type
     */
    public record Init<C extends ComponentDefinition>(PoolMember.Init member, Class<C> protocol,
            io.gossamer.sim.core.Init<C> protocolInit) implements io.gossamer.sim.core.Init<PooledNode> {
    }

    /** Creates the two children. */
    public PooledNode(Init<?> init) {
        create(PoolMember.class, init.member());
        protocol = createProtocol(init);
    }

    private <C extends ComponentDefinition> C createProtocol(Init<C> init) {
        return create(init.protocol(), init.protocolInit());
    }

    /** The protocol component (to reach its Broadcast port). */
    public ComponentDefinition protocol() {
        return protocol;
    }
}
