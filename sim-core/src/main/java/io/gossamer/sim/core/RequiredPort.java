package io.gossamer.sim.core;

/**
 * The end of a port on a component that requires it: requests leave from here, indications
 * arrive here.
 *
 * @param <P> the port type
 */
public final class RequiredPort<P extends PortType> extends Port<P> {
    /** The service this port is bound to (see {@link Simulation#registerService}), or null. */
    ProvidedPort<?> boundService;

    RequiredPort(ComponentDefinition owner, HandlerTable table) {
        super(owner, table);
    }

    @Override
    public boolean isProvided() {
        return false;
    }

    @Override
    void detach() {
        closeChannels();
        if (boundService != null) {
            boundService.unbind(this, owner.node);
        }
    }

    /** True if this port is bound to a simulator service (the network, the timer). */
    public boolean isBoundToService() {
        return boundService != null;
    }
}
