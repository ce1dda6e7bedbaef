package io.gossamer.sim.core;

/**
 * The end of a port on a component that requires it: requests leave from here, indications
 * arrive here.
 *
 * @param <P> the port type
 */
public final class RequiredPort<P extends PortType> extends Port<P> {

    RequiredPort(ComponentDefinition owner, P type, HandlerTable table) {
        super(owner, type, table);
    }

    @Override
    public boolean isProvided() {
        return false;
    }
}
