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
