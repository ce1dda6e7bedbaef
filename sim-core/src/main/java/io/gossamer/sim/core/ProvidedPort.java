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
    /**
     * Service bindings: required ports of node n bound to this port, under key n. A binding
     * is a keyed connection without a channel object, so a million nodes cost one array slot
     * each; null unless this port is a registered service.
     */
    RequiredPort<?>[] bound;
    /** Owner of the port bound under a key when it is the only one there, else null. */
    ComponentDefinition[] soleOwner;

    RequiredPort<?> boundTo(int node) {
        RequiredPort<?>[] b = bound;
        return b != null && node >= 0 && node < b.length ? b[node] : null;
    }

    void bind(RequiredPort<?> port, int node) {
        if (bound == null) {
            bound = new RequiredPort<?>[16];
            soleOwner = new ComponentDefinition[16];
        }
        if (node >= bound.length) {
            reserveBindings(Math.max(node + 1, bound.length + (bound.length >> 1)));
        }
        port.boundService = this;
        RequiredPort<?> head = bound[node];
        if (head == null) {
            bound[node] = port;
        } else {
            while (head.nextBound != null) {
                head = head.nextBound;
            }
            head.nextBound = port;
        }
        refreshSoleOwner(node);
    }

    private void refreshSoleOwner(int node) {
        RequiredPort<?> head = bound[node];
        soleOwner[node] = head != null && head.nextBound == null ? head.owner : null;
    }

    void unbind(RequiredPort<?> port, int node) {
        RequiredPort<?> head = boundTo(node);
        if (head == port) {
            bound[node] = port.nextBound;
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
        if (node >= 0 && node < bound.length) {
            refreshSoleOwner(node);
        }
    }

    /** Grows the binding table for node ids below {@code nodes} at once. */
    void reserveBindings(int nodes) {
        if (bound != null && nodes > bound.length) {
            bound = java.util.Arrays.copyOf(bound, nodes);
            soleOwner = java.util.Arrays.copyOf(soleOwner, nodes);
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
}
