package io.gossamer.sim.core;

/**
 * The end of a port on the component that provides it: requests arrive here, indications
 * leave from here. A provided port may route indications by key ({@link ChannelSelector}).
 *
 * @param <P> the port type
 */
public final class ProvidedPort<P extends PortType> extends Port<P> {
    ChannelSelector selector;
    final KeyedChannels keyed = new KeyedChannels();

    ProvidedPort(ComponentDefinition owner, P type, HandlerTable table) {
        super(owner, type, table);
    }

    @Override
    public boolean isProvided() {
        return true;
    }

    /**
     * Routes indications triggered on this port by key: each goes only to the channels
     * connected with the key the selector takes from it (plus any unkeyed channels).
     */
    public void selectBy(ChannelSelector selector) {
        this.selector = selector;
    }
}
