package io.gossamer.sim.core;

import java.util.Arrays;

/**
 * The part of a {@link ProvidedPort} that routes by key: its selector, its keyed channels and,
 * for a registered service, its bindings. Made at the first use, so the many provided ports
 * that never route by key (one per node and protocol) do without it.
 *
 * <p>Bindings: required ports of node n bound to the service, under key n. A binding is a
 * keyed connection without a channel object. When one port is bound under n, slot {@code 2n}
 * holds its handler table (interned, so shared by the million nodes of a kind) and slot
 * {@code 2n + 1} its owner: a delivery reads one cache line of this table and then the
 * component its handler runs on, not the port object as well. When several ports are bound
 * under n, slot {@code 2n} holds an array of them in binding order and slot {@code 2n + 1} is
 * null. The one port itself is found among its owner's ports when needed (held deliveries,
 * tracing, unbinding), which is rare.
 */
final class PortRouting {
    static final RequiredPort<?>[] NO_PORTS = new RequiredPort<?>[0];

    ChannelSelector selector;
    /** Keyed channels, made on the first keyed connection. */
    private KeyedChannels keyed;
    /** See the class comment; null until the first binding. */
    private Object[] bindings;
    /**
     * Node ids the table is to cover once made ({@link #reserveBindings} before the first
     * binding): a service no node binds to (the timer of a run whose nodes use none) then costs
     * no table, which at a million nodes would be 8 MB of zeroed memory.
     */
    private int reserved;

    KeyedChannels keyedChannels() {
        if (keyed == null) {
            keyed = new KeyedChannels();
        }
        return keyed;
    }

    /** The keyed channels, or null if none was ever made. */
    KeyedChannels keyedOrNull() {
        return keyed;
    }

    /** Number of node ids the binding table covers. */
    int bindingCapacity() {
        return bindings == null ? 0 : bindings.length >> 1;
    }

    /** The owner of the one port bound under {@code node}, or null if none or several are bound. */
    ComponentDefinition soleBoundOwner(int node) {
        Object[] b = bindings;
        return b != null && node >= 0 && node < (b.length >> 1) ? (ComponentDefinition) b[(node << 1) + 1] : null;
    }

    /** The handler table of the one port bound under {@code node}, when {@link #soleBoundOwner} is not null. */
    HandlerTable soleBoundTable(int node) {
        return (HandlerTable) bindings[node << 1];
    }

    /** The one port bound under {@code node} to {@code service} (this routing's port), owned by {@code owner}. */
    static RequiredPort<?> soleBound(ProvidedPort<?> service, ComponentDefinition owner) {
        for (Port<?> p = owner.ports; p != null; p = p.nextOfOwner) {
            if (p instanceof RequiredPort<?> r && r.boundService == service) {
                return r;
            }
        }
        throw new IllegalStateException("no port of " + owner.path() + " is bound to " + service);
    }

    /** The ports bound under {@code node} to {@code service} (this routing's port), in binding order (empty if none). */
    RequiredPort<?>[] bound(ProvidedPort<?> service, int node) {
        Object slot = slot(node);
        if (slot == null) {
            return NO_PORTS;
        }
        return slot instanceof HandlerTable
                ? new RequiredPort<?>[] {soleBound(service, (ComponentDefinition) bindings[(node << 1) + 1])}
                : (RequiredPort<?>[]) slot;
    }

    /** True if some port is bound under {@code node}. */
    boolean isBound(int node) {
        return slot(node) != null;
    }

    private Object slot(int node) {
        Object[] b = bindings;
        return b != null && node >= 0 && node < (b.length >> 1) ? b[node << 1] : null;
    }

    /** Binds {@code port} (whose {@code boundService} is not set yet) to {@code service} under {@code node}. */
    void bind(ProvidedPort<?> service, RequiredPort<?> port, int node) {
        if (node >= bindingCapacity()) {
            int capacity = bindingCapacity();
            grow(Math.max(Math.max(Math.max(16, node + 1), capacity + (capacity >> 1)), reserved));
        }
        Object slot = bindings[node << 1];
        if (slot == null) {
            bindings[node << 1] = port.table;
            bindings[(node << 1) + 1] = port.owner;
        } else {
            RequiredPort<?>[] ports = bound(service, node);
            RequiredPort<?>[] more = Arrays.copyOf(ports, ports.length + 1);
            more[ports.length] = port;
            bindings[node << 1] = more;
            bindings[(node << 1) + 1] = null;
        }
    }

    /** The handler table of {@code port}, bound under {@code node}, changed (a subscription). */
    void tableChanged(RequiredPort<?> port, int node) {
        if (bindings[(node << 1) + 1] == port.owner) {
            bindings[node << 1] = port.table;
        }
    }

    void unbind(ProvidedPort<?> service, RequiredPort<?> port, int node) {
        RequiredPort<?>[] ports = bound(service, node);
        int at = Arrays.asList(ports).indexOf(port);
        if (at < 0) {
            return;
        }
        RequiredPort<?>[] rest = new RequiredPort<?>[ports.length - 1];
        System.arraycopy(ports, 0, rest, 0, at);
        System.arraycopy(ports, at + 1, rest, at, rest.length - at);
        if (rest.length == 1) {
            bindings[node << 1] = rest[0].table;
            bindings[(node << 1) + 1] = rest[0].owner;
        } else {
            bindings[node << 1] = rest.length == 0 ? null : rest;
            bindings[(node << 1) + 1] = null;
        }
    }

    /** Sizes the binding table for node ids below {@code nodes} at once (at the first binding, if there is none yet). */
    void reserveBindings(int nodes) {
        if (bindings == null) {
            reserved = Math.max(reserved, nodes);
        } else {
            grow(nodes);
        }
    }

    private void grow(int nodes) {
        if (nodes > bindingCapacity()) {
            bindings = bindings == null ? new Object[nodes << 1] : Arrays.copyOf(bindings, nodes << 1);
        }
    }

    /** Unbinds every bound port (the service is being destroyed). */
    void unbindAll(ProvidedPort<?> service) {
        for (int n = 0; n < bindingCapacity(); n++) {
            for (RequiredPort<?> port : bound(service, n)) {
                port.boundService = null;
            }
        }
        bindings = null;
    }
}
