package io.gossamer.sim.core;

import java.util.Arrays;

/**
 * The observers registered on one port type of one simulation, with the indication class
 * each one wants. A port type holds null until the first observer, so an unobserved trigger
 * pays one null check.
 */
final class IndicationObservers {
    private Class<?>[] types = new Class<?>[0];
    private IndicationObserver<?>[] observers = new IndicationObserver<?>[0];

    void add(Class<?> type, IndicationObserver<?> observer) {
        int n = types.length;
        types = Arrays.copyOf(types, n + 1);
        observers = Arrays.copyOf(observers, n + 1);
        types[n] = type;
        observers[n] = observer;
    }

    /** True if an observer may be shown an indication of {@code type} (its class or a subclass or superclass of it). */
    boolean observes(Class<?> type) {
        for (Class<?> t : types) {
            if (t.isAssignableFrom(type) || type.isAssignableFrom(t)) {
                return true;
            }
        }
        return false;
    }

    /** Calls, in registration order, every observer whose class matches the event. */
    @SuppressWarnings("unchecked")
    void notify(int node, Object event) {
        Class<?>[] t = types;
        for (int i = 0; i < t.length; i++) {
            if (t[i].isInstance(event)) {
                ((IndicationObserver<Object>) observers[i]).observed(node, event);
            }
        }
    }
}
