package io.gossamer.sim.core;

/**
 * The end of a port on the component that provides it: requests arrive here, indications
 * leave from here. A provided port may route indications by key ({@link ChannelSelector}).
 *
 * @param <P> the port type
 */
public final class ProvidedPort<P extends PortType> extends Port<P> {
    /** Selector, keyed channels and service bindings; null until one of them is first needed. */
    private PortRouting routing;

    ProvidedPort(ComponentDefinition owner, HandlerTable table) {
        super(owner, table);
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
        routing().selector = selector;
    }

    /**
     * True if an indication of {@code indicationType} triggered on this end now would reach
     * anything: a channel (or a selector that may route it to a keyed one), a port bound to
     * this end as a registered service, or an observer of the run
     * ({@link Simulation#observe}). A provider may skip building an indication that nobody
     * receives (e.g. a copy of its state handed out every round); a trigger of it would
     * change nothing in the run either.
     */
    public boolean isHeard(Class<?> indicationType) {
        if (channels != null || (routing != null
                && (routing.selector != null || routing.keyedOrNull() != null || routing.bindingCapacity() > 0))) {
            return true;
        }
        IndicationObservers observers = type().observers;
        return observers != null && observers.observes(indicationType);
    }

    /** The selector, or null. */
    ChannelSelector selector() {
        return routing == null ? null : routing.selector;
    }

    private PortRouting routing() {
        if (routing == null) {
            routing = new PortRouting();
        }
        return routing;
    }

    // ---------------------------------------------------------------- keyed channels

    /** The first keyed channel with {@code key}, or null. */
    Channel keyedFirst(int key) {
        KeyedChannels keyed = routing == null ? null : routing.keyedOrNull();
        return keyed == null ? null : keyed.get(key);
    }

    /** The keyed channels, made if needed. */
    KeyedChannels keyedChannels() {
        return routing().keyedChannels();
    }

    // ---------------------------------------------------------------- service bindings

    /** The owner of the one port bound under {@code node}, or null if none or several are bound. */
    ComponentDefinition soleBoundOwner(int node) {
        PortRouting r = routing;
        return r == null ? null : r.soleBoundOwner(node);
    }

    /** The handler table of the one port bound under {@code node}; only when {@link #soleBoundOwner} is not null. */
    HandlerTable soleBoundTable(int node) {
        return routing.soleBoundTable(node);
    }

    /** The one port bound under {@code node}; only when {@link #soleBoundOwner} is not null (cold: walks the owner's ports). */
    RequiredPort<?> soleBound(int node) {
        return PortRouting.soleBound(this, routing.soleBoundOwner(node));
    }

    /** The ports bound under {@code node}, in binding order. */
    RequiredPort<?>[] bound(int node) {
        return routing == null ? PortRouting.NO_PORTS : routing.bound(this, node);
    }

    /** True if a port is bound under {@code node}. */
    boolean isBound(int node) {
        return routing != null && routing.isBound(node);
    }

    void bind(RequiredPort<?> port, int node) {
        routing().bind(this, port, node);
        port.boundService = this;
    }

    /** A bound port's handler table changed: the binding keeps a copy of it. */
    void tableChanged(RequiredPort<?> port, int node) {
        routing.tableChanged(port, node);
    }

    void unbind(RequiredPort<?> port, int node) {
        if (routing != null) {
            routing.unbind(this, port, node);
        }
        port.boundService = null;
    }

    /** Grows the binding table for node ids below {@code nodes} at once. */
    void reserveBindings(int nodes) {
        routing().reserveBindings(nodes);
    }

    @Override
    void detach() {
        closeChannels();
        if (routing == null) {
            return;
        }
        routing.unbindAll(this);
        KeyedChannels keyed = routing.keyedOrNull();
        if (keyed != null) {
            // Keyed channels are indexed only here, not in the list of unkeyed channels.
            java.util.List<Channel> all = new java.util.ArrayList<>();
            keyed.collect(all);
            for (Channel channel : all) {
                channel.close();
            }
        }
    }
}
