package io.gossamer.sim.core;

/**
 * What a parent (or the node host) sees of a component it created: its ports, its node and
 * its state. Implemented by every {@link ComponentDefinition}.
 */
public interface Component {
    /** The component's provided port of the given type; fails if it has none. */
    <P extends PortType> ProvidedPort<P> provided(Class<P> type);

    /** The component's required port of the given type; fails if it has none. */
    <P extends PortType> RequiredPort<P> required(Class<P> type);

    /** The node the component belongs to, or -1 for simulator-level components. */
    int node();

    /** Lifecycle state. */
    ComponentState state();

    /** Path from the root of its tree, e.g. {@code Node/Flooding}. */
    String path();
}
