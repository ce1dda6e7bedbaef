package io.gossamer.sim.core;

import java.util.HashMap;
import java.util.Map;

/**
 * What a simulation interns once and shares by every component: one instance per port type
 * (which also carries that type's indication observers), the handler tables, the
 * constructors, and the registered services with their binding tables. Lookups only, never
 * iterated in an order that could reach a run (the services are sized in any order).
 */
final class PortRegistry {
    private final Map<Class<?>, PortType> portTypes = new HashMap<>();
    private final HandlerTable.Registry handlerTables = new HandlerTable.Registry();
    private final Constructors constructors = new Constructors();
    private final Map<Class<?>, ProvidedPort<?>> services = new HashMap<>();

    @SuppressWarnings("unchecked")
    <P extends PortType> P portType(Class<P> type) {
        return (P) portTypes.computeIfAbsent(type, t -> {
            try {
                var ctor = t.getDeclaredConstructor();
                ctor.setAccessible(true);
                return (PortType) ctor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(
                        "port type " + t.getName() + " needs a public constructor without arguments", e);
            }
        });
    }

    HandlerTable.Registry handlerTables() {
        return handlerTables;
    }

    Constructors constructors() {
        return constructors;
    }

    // ---------------------------------------------------------------- observers

    <E> void observe(Class<? extends PortType> portType, Class<E> indicationType, IndicationObserver<? super E> observer) {
        if (observer == null) {
            throw new IllegalArgumentException("an observer is required");
        }
        PortType type = portType(portType);
        if (!type.canHandle(indicationType, true)) {
            throw new IllegalArgumentException("cannot observe " + indicationType.getName() + " on " + type
                    + ": it declares no such indication (declared: " + type.indications() + ")");
        }
        if (type.observers == null) {
            type.observers = new IndicationObservers();
        }
        type.observers.add(indicationType, observer);
    }

    // ---------------------------------------------------------------- services

    void registerService(ProvidedPort<?> port) {
        if (services.putIfAbsent(port.type().getClass(), port) != null) {
            throw new IllegalStateException("a service for " + port.type() + " is already registered");
        }
    }

    void reserveNodes(int nodes) {
        for (ProvidedPort<?> service : services.values()) {
            service.reserveBindings(nodes);
        }
    }

    /** Binds a node's new required port to the service of its type, if one is registered. */
    void bindService(RequiredPort<?> port, int node) {
        if (node < 0) {
            return;
        }
        ProvidedPort<?> service = services.get(port.type().getClass());
        if (service != null) {
            service.bind(port, node);
        }
    }
}
