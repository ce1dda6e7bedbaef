package io.gossamer.protocols.pss;

import io.gossamer.sim.core.ComponentDefinition;

/**
 * A node that runs a peer sampling service and, beside it, a protocol that takes its peers
 * from the service's view (through {@link ViewNeighbours}): the root of such a node, with the
 * two as children.
 */
public final class SampledNode extends ComponentDefinition {
    private final ComponentDefinition protocol;

    /**
     * The node's parts.
     *
     * @param service the peer sampling component's class
     * @param serviceInit its parameters
     * @param protocol the protocol component's class
     * @param protocolInit its parameters
     * @param <S> the service's type
     * @param <C> the protocol's type
     */
    public record Init<S extends ComponentDefinition, C extends ComponentDefinition>(Class<S> service,
            io.gossamer.sim.core.Init<S> serviceInit, Class<C> protocol, io.gossamer.sim.core.Init<C> protocolInit)
            implements io.gossamer.sim.core.Init<SampledNode> {
    }

    /** Creates the two children. */
    public SampledNode(Init<?, ?> init) {
        createService(init);
        protocol = createProtocol(init);
    }

    private <S extends ComponentDefinition> void createService(Init<S, ?> init) {
        create(init.service(), init.serviceInit());
    }

    private <C extends ComponentDefinition> C createProtocol(Init<?, C> init) {
        return create(init.protocol(), init.protocolInit());
    }

    /** The protocol component (to reach its Broadcast port). */
    public ComponentDefinition protocol() {
        return protocol;
    }
}
