package io.gossamer.sim.core;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A port type: the event types that flow as requests (from the component that requires the
 * port to the one that provides it) and as indications (the other way). Declare them in the
 * constructor of a subclass:
 *
 * <pre>{@code
 * public final class Broadcast extends PortType {
 *     public Broadcast() {
 *         request(BroadcastRequest.class);
 *         indication(Deliver.class);
 *     }
 * }
 * }</pre>
 *
 * <p>Each simulation makes one instance of each port type (with its public no-argument
 * constructor) and checks every trigger against it; the answer is cached per event class.
 */
public abstract class PortType {
    private final List<Class<?>> requests = new ArrayList<>();
    private final List<Class<?>> indications = new ArrayList<>();
    private final Map<Class<?>, Boolean> requestCache = new IdentityHashMap<>();
    private final Map<Class<?>, Boolean> indicationCache = new IdentityHashMap<>();
    // Hot path: most ports see one event class over and over.
    private Class<?> lastRequest;
    private Class<?> lastIndication;
    /** Run-level observers of this type's indications; null while nobody observes. */
    IndicationObservers observers;

    /** Declares {@code type} (and its subtypes) as a request. */
    protected final void request(Class<?> type) {
        requests.add(type);
    }

    /** Declares {@code type} (and its subtypes) as an indication. */
    protected final void indication(Class<?> type) {
        indications.add(type);
    }

    /** The declared request types. */
    public final List<Class<?>> requests() {
        return List.copyOf(requests);
    }

    /** The declared indication types. */
    public final List<Class<?>> indications() {
        return List.copyOf(indications);
    }

    /** True if events of {@code type} may flow as requests. */
    public final boolean allowsRequest(Class<?> type) {
        if (type == lastRequest) {
            return true;
        }
        boolean allowed = allows(requests, requestCache, type);
        if (allowed) {
            lastRequest = type;
        }
        return allowed;
    }

    /** True if events of {@code type} may flow as indications. */
    public final boolean allowsIndication(Class<?> type) {
        if (type == lastIndication) {
            return true;
        }
        boolean allowed = allows(indications, indicationCache, type);
        if (allowed) {
            lastIndication = type;
        }
        return allowed;
    }

    /** True if a handler for {@code type} can ever see an event flowing in that direction. */
    final boolean canHandle(Class<?> type, boolean indication) {
        for (Class<?> declared : indication ? indications : requests) {
            if (declared.isAssignableFrom(type) || type.isAssignableFrom(declared)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allows(List<Class<?>> declared, Map<Class<?>, Boolean> cache, Class<?> type) {
        Boolean known = cache.get(type);
        if (known == null) {
            known = Boolean.FALSE;
            for (Class<?> d : declared) {
                if (d.isAssignableFrom(type)) {
                    known = Boolean.TRUE;
                    break;
                }
            }
            cache.put(type, known);
        }
        return known;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
