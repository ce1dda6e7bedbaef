package io.gossamer.sim.core;

/**
 * The end of a port on the component that provides it: requests arrive here, indications
 * leave from here. A provided port may route indications by key ({@link ChannelSelector}).
 *
 * @param <P> the port type
 */
public final class ProvidedPort<P extends PortType> extends Port<P> {
    ChannelSelector selector;
    /** Keyed channels, made on the first keyed connection (most ports never have one). */
    private KeyedChannels keyed;
    /**
     * Service bindings: required ports of node n bound to this port, under key n. A binding
     * is a keyed connection without a channel object. Slot {@code 2n} holds the first port
     * bound under n, slot {@code 2n + 1} its owner when it is the only one (else null): one
     * cache line serves a delivery. Null unless this port is a registered service.
     */
    Object[] bindings;

    /** Number of node ids the binding table covers. */
    int bindingCapacity() {
        return bindings == null ? 0 : bindings.length >> 1;
    }

    /** The owner of the one port bound under {@code node}, or null if none or several are bound. */
    ComponentDefinition soleBoundOwner(int node) {
        Object[] b = bindings;
        return b != null && node >= 0 && node < (b.length >> 1) ? (ComponentDefinition) b[(node << 1) + 1] : null;
    }

    RequiredPort<?> boundTo(int node) {
        Object[] b = bindings;
        return b != null && node >= 0 && node < (b.length >> 1) ? (RequiredPort<?>) b[node << 1] : null;
    }

    void bind(RequiredPort<?> port, int node) {
        if (node >= bindingCapacity()) {
            int capacity = bindingCapacity();
            reserveBindings(Math.max(Math.max(16, node + 1), capacity + (capacity >> 1)));
        }
        port.boundService = this;
        RequiredPort<?> head = boundTo(node);
        if (head == null) {
            bindings[node << 1] = port;
        } else {
            while (head.nextBound != null) {
                head = head.nextBound;
            }
            head.nextBound = port;
        }
        refreshSoleOwner(node);
    }

    private void refreshSoleOwner(int node) {
        RequiredPort<?> head = boundTo(node);
        bindings[(node << 1) + 1] = head != null && head.nextBound == null ? head.owner : null;
    }

    void unbind(RequiredPort<?> port, int node) {
        RequiredPort<?> head = boundTo(node);
        if (head == port) {
            bindings[node << 1] = port.nextBound;
        } else {
            while (head != null && head.nextBound != port) {
                head = head.nextBound;
            }
            if (head != null) {
                head.nextBound = port.nextBound;
            }
        }
        port.nextBound = null;
        port.boundService = null;
        if (node >= 0 && node < bindingCapacity()) {
            refreshSoleOwner(node);
        }
    }

    /** Grows the binding table for node ids below {@code nodes} at once. */
    void reserveBindings(int nodes) {
        if (nodes > bindingCapacity()) {
            bindings = bindings == null ? new Object[nodes << 1] : java.util.Arrays.copyOf(bindings, nodes << 1);
        }
    }

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

    /** The first keyed channel with {@code key}, or null. */
    Channel keyedFirst(int key) {
        return keyed == null ? null : keyed.get(key);
    }

    /** The keyed channels, made if needed. */
    KeyedChannels keyedChannels() {
        if (keyed == null) {
            keyed = new KeyedChannels();
        }
        return keyed;
    }

    @Override
    void detach() {
        closeChannels();
        if (bindings != null) {
            for (int n = 0; n < bindingCapacity(); n++) {
                RequiredPort<?> head = boundTo(n);
                while (head != null) {
                    RequiredPort<?> next = head.nextBound;
                    head.nextBound = null;
                    head.boundService = null;
                    head = next;
                }
            }
            bindings = null;
        }
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
