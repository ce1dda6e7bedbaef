package io.gossamer.sim.core;

import java.util.Arrays;

/**
 * The part of a {@link ProvidedPort} that routes by key: its selector, its keyed channels and,
 * for a registered service, its bindings. Made at the first use, so the many provided ports
 * that never route by key (one per node and protocol) do without it.
 *
 * <p>Bindings: required ports of node n bound to the service, under key n. A binding is a
 * keyed connection without a channel object. Slot {@code 2n} holds the one port bound under n
 * or, when several are, an array of them in binding order; slot {@code 2n + 1} holds the
 * owner of the one port (else null), so that one cache line serves a delivery.
 */
final class PortRouting {
    static final RequiredPort<?>[] NO_PORTS = new RequiredPort<?>[0];

    ChannelSelector selector;
    /** Keyed channels, made on the first keyed connection. */
    private KeyedChannels keyed;
    /** See the class comment; null unless the port is a registered service. */
    private Object[] bindings;

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

    /** The one port bound under {@code node} when its owner is {@link #soleBoundOwner}. */
    RequiredPort<?> soleBound(int node) {
        return (RequiredPort<?>) bindings[node << 1];
    }

    /** The ports bound under {@code node}, in binding order (empty if none). */
    RequiredPort<?>[] bound(int node) {
        Object slot = slot(node);
        if (slot == null) {
            return NO_PORTS;
        }
        return slot instanceof RequiredPort<?> one ? new RequiredPort<?>[] {one} : (RequiredPort<?>[]) slot;
    }

    /** True if some port is bound under {@code node}. */
    boolean isBound(int node) {
        return slot(node) != null;
    }

    private Object slot(int node) {
        Object[] b = bindings;
        return b != null && node >= 0 && node < (b.length >> 1) ? b[node << 1] : null;
    }

    void bind(RequiredPort<?> port, int node) {
        if (node >= bindingCapacity()) {
            int capacity = bindingCapacity();
            reserveBindings(Math.max(Math.max(16, node + 1), capacity + (capacity >> 1)));
        }
        Object slot = bindings[node << 1];
        if (slot == null) {
            bindings[node << 1] = port;
            bindings[(node << 1) + 1] = port.owner;
        } else {
            RequiredPort<?>[] ports = bound(node);
            RequiredPort<?>[] more = Arrays.copyOf(ports, ports.length + 1);
            more[ports.length] = port;
            bindings[node << 1] = more;
            bindings[(node << 1) + 1] = null;
        }
    }

    void unbind(RequiredPort<?> port, int node) {
        RequiredPort<?>[] ports = bound(node);
        int at = Arrays.asList(ports).indexOf(port);
        if (at < 0) {
            return;
        }
        RequiredPort<?>[] rest = new RequiredPort<?>[ports.length - 1];
        System.arraycopy(ports, 0, rest, 0, at);
        System.arraycopy(ports, at + 1, rest, at, rest.length - at);
        bindings[node << 1] = rest.length == 0 ? null : rest.length == 1 ? rest[0] : rest;
        bindings[(node << 1) + 1] = rest.length == 1 ? rest[0].owner : null;
    }

    /** Grows the binding table for node ids below {@code nodes} at once. */
    void reserveBindings(int nodes) {
        if (nodes > bindingCapacity()) {
            bindings = bindings == null ? new Object[nodes << 1] : Arrays.copyOf(bindings, nodes << 1);
        }
    }

    /** Unbinds every bound port (the service is being destroyed). */
    void unbindAll() {
        for (int n = 0; n < bindingCapacity(); n++) {
            for (RequiredPort<?> port : bound(n)) {
                port.boundService = null;
            }
        }
        bindings = null;
    }
}
