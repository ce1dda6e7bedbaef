package io.gossamer.sim.core;

/**
 * One end of a port on a component: either the {@link ProvidedPort} of the component that
 * implements the port type or the {@link RequiredPort} of one that uses it. Ports are
 * connected by {@link Channel}s; events triggered on a port travel over its channels to the
 * other ends, whose subscribed handlers run them.
 *
 * @param <P> the port type
 */
public abstract sealed class Port<P extends PortType> permits ProvidedPort, RequiredPort {
    final ComponentDefinition owner;
    /**
     * The port type and the subscribed handlers: an interned table shared by all ends of this
     * type with the same subscriptions (the type lives there, not in a field of every port).
     */
    HandlerTable table;
    /** Unkeyed channels attached to this end, linked through the channel. */
    Channel channels;
    /** Next port of the same owner. */
    Port<?> nextOfOwner;

    Port(ComponentDefinition owner, HandlerTable table) {
        this.owner = owner;
        this.table = table;
    }

    /** The port type. */
    @SuppressWarnings("unchecked")
    public final P type() {
        return (P) table.type;
    }

    /** The component that owns this end. */
    public final Component owner() {
        return owner;
    }

    /** The event types subscribed on this end, in subscription order (a type once per handler). */
    public final java.util.List<Class<?>> subscribedTypes() {
        return table.types();
    }

    /** True for the end of the component that provides the port type. */
    public abstract boolean isProvided();

    /** Cuts every channel and binding of this end; its owner is being destroyed. */
    abstract void detach();

    /** Closes the unkeyed channels attached to this end. */
    final void closeChannels() {
        while (channels != null) {
            channels.close();
        }
    }

    /** True if events of {@code eventType} may be triggered on this end. */
    final boolean allowsOutgoing(Class<?> eventType) {
        return isProvided() ? table.type.allowsIndication(eventType) : table.type.allowsRequest(eventType);
    }

    /** True if events of {@code eventType} may arrive at this end. */
    final boolean allowsIncoming(Class<?> eventType) {
        return isProvided() ? table.type.allowsRequest(eventType) : table.type.allowsIndication(eventType);
    }

    @Override
    public String toString() {
        return (isProvided() ? "provided " : "required ") + table.type + " of " + owner.path();
    }
}
