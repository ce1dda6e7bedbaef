package io.gossamer.sim.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The port type and the immutable list of (event type, handler) subscriptions of one port
 * end, plus a cache of which handlers match each concrete event class. Tables are interned per
 * simulation: a million components of one class that subscribe the same handlers share one
 * table, and the match for an event class is resolved once for all of them. A port holds only
 * its table (not its type as well), which keeps a port object small.
 */
final class HandlerTable {
    private static final Handler<?, ?>[] NONE = new Handler<?, ?>[0];

    /** The port type of every end that holds this table. */
    final PortType type;
    private final Class<?>[] types;
    private final Handler<?, ?>[] handlers;
    /** Resolution cache: a short array, since a port sees few event classes. */
    private Class<?>[] cachedClasses = new Class<?>[0];
    private Handler<?, ?>[][] cachedHandlers = new Handler<?, ?>[0][];
    private Class<?> lastClass;
    private Handler<?, ?>[] lastHandlers;
    // The last table reached from this one by adding a subscription: a million nodes of one
    // kind subscribe the same handlers in the same order, so this answers without a map key.
    private Class<?> nextType;
    private Handler<?, ?> nextHandler;
    private HandlerTable next;

    private HandlerTable(PortType type, Class<?>[] types, Handler<?, ?>[] handlers) {
        this.type = type;
        this.types = types;
        this.handlers = handlers;
    }

    List<Class<?>> types() {
        return List.of(types);
    }

    boolean isEmpty() {
        return types.length == 0;
    }

    boolean contains(Class<?> type, Handler<?, ?> handler) {
        for (int i = 0; i < types.length; i++) {
            if (types[i] == type && handlers[i] == handler) {
                return true;
            }
        }
        return false;
    }

    /** The handlers that match {@code eventClass}, in subscription order. */
    Handler<?, ?>[] resolve(Class<?> eventClass) {
        if (eventClass == lastClass) {
            return lastHandlers;
        }
        Class<?>[] classes = cachedClasses;
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] == eventClass) {
                lastClass = eventClass;
                lastHandlers = cachedHandlers[i];
                return lastHandlers;
            }
        }
        List<Handler<?, ?>> matching = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            if (types[i].isAssignableFrom(eventClass)) {
                matching.add(handlers[i]);
            }
        }
        Handler<?, ?>[] resolved = matching.isEmpty() ? NONE : matching.toArray(NONE);
        int n = classes.length;
        cachedClasses = Arrays.copyOf(classes, n + 1);
        cachedClasses[n] = eventClass;
        cachedHandlers = Arrays.copyOf(cachedHandlers, n + 1);
        cachedHandlers[n] = resolved;
        lastClass = eventClass;
        lastHandlers = resolved;
        return resolved;
    }

    /** The interned tables of one simulation. */
    static final class Registry {
        /**
         * A map key: a table and the subscription added to it. Its equality is written out: a
         * record's generated one is linked through method handles at its first use, which
         * spins a dozen classes at start-up and leaves the JIT more to compile.
         */
        private record Edge(HandlerTable from, Class<?> type, Handler<?, ?> handler) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Edge e && e.from == from && e.type == type && e.handler == handler;
            }

            @Override
            public int hashCode() {
                return (System.identityHashCode(from) * 31 + System.identityHashCode(type)) * 31
                        + System.identityHashCode(handler);
            }
        }

        /** The table without subscriptions of each port type (one per type: tables carry it). */
        private final Map<PortType, HandlerTable> empty = new IdentityHashMap<>();
        private final Map<Edge, HandlerTable> edges = new HashMap<>();

        HandlerTable empty(PortType type) {
            HandlerTable table = empty.get(type);
            if (table == null) {
                table = new HandlerTable(type, new Class<?>[0], NONE);
                empty.put(type, table);
            }
            return table;
        }

        HandlerTable with(HandlerTable from, Class<?> type, Handler<?, ?> handler) {
            if (from.next != null && from.nextType == type && from.nextHandler == handler) {
                return from.next;
            }
            Edge edge = new Edge(from, type, handler);
            HandlerTable to = edges.get(edge);
            if (to == null) {
                int n = from.types.length;
                Class<?>[] types = Arrays.copyOf(from.types, n + 1);
                Handler<?, ?>[] handlers = Arrays.copyOf(from.handlers, n + 1);
                types[n] = type;
                handlers[n] = handler;
                to = new HandlerTable(from.type, types, handlers);
                edges.put(edge, to);
            }
            from.nextType = type;
            from.nextHandler = handler;
            from.next = to;
            return to;
        }

        /** The canonical table of {@code from} minus one subscription (the first equal one). */
        HandlerTable without(HandlerTable from, Class<?> type, Handler<?, ?> handler) {
            HandlerTable result = empty(from.type);
            boolean removed = false;
            for (int i = 0; i < from.types.length; i++) {
                if (!removed && from.types[i] == type && from.handlers[i] == handler) {
                    removed = true;
                } else {
                    result = with(result, from.types[i], from.handlers[i]);
                }
            }
            return result;
        }
    }
}
