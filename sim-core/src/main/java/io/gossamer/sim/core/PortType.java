package io.gossamer.sim.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    /**
     * The concrete classes found allowed so far, per direction: a port type sees few of them
     * (a protocol's message classes), so a short array answers every trigger and delivery
     * without a map lookup or a write, however the classes alternate.
     */
    private Class<?>[] allowedRequests = new Class<?>[0];
    private Class<?>[] allowedIndications = new Class<?>[0];
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
        Class<?>[] known = allowedRequests;
        for (int i = 0; i < known.length; i++) {
            if (known[i] == type) {
                return true;
            }
        }
        if (!allows(requests, type)) {
            return false;
        }
        allowedRequests = with(known, type);
        return true;
    }

    /** True if events of {@code type} may flow as indications. */
    public final boolean allowsIndication(Class<?> type) {
        Class<?>[] known = allowedIndications;
        for (int i = 0; i < known.length; i++) {
            if (known[i] == type) {
                return true;
            }
        }
        if (!allows(indications, type)) {
            return false;
        }
        allowedIndications = with(known, type);
        return true;
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

    /** Not cached when false: a disallowed event is an error, not something a run repeats. */
    private static boolean allows(List<Class<?>> declared, Class<?> type) {
        for (Class<?> d : declared) {
            if (d.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?>[] with(Class<?>[] known, Class<?> type) {
        Class<?>[] more = Arrays.copyOf(known, known.length + 1);
        more[known.length] = type;
        return more;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
