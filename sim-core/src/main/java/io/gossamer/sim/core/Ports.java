package io.gossamer.sim.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds provided ports in a component tree, for code outside the components (scenario
 * operations, metrics, checks) that reaches a node only through the port types it provides.
 * A tree is searched root first, then the children depth first in creation order; the first
 * component that provides the type is the provider.
 */
public final class Ports {
    private Ports() {
    }

    /** The provided port of {@code portType} in the tree under {@code root}, or null if none. */
    public static <P extends PortType> ProvidedPort<P> find(Component root, Class<P> portType) {
        return search(definition(root), portType);
    }

    /** True if some component in the tree under {@code root} provides {@code portType}. */
    public static boolean provides(Component root, Class<? extends PortType> portType) {
        return search(definition(root), portType) != null;
    }

    /** The port types provided in the tree under {@code root}, each once, in search order. */
    public static List<Class<? extends PortType>> providedTypes(Component root) {
        List<Class<? extends PortType>> out = new ArrayList<>();
        collect(definition(root), out);
        return out;
    }

    /**
     * The port types a tree of {@code type} built with {@code init} provides, found by building
     * one in a scratch simulation of its own (no node host: required Network or Timer ports
     * stay unbound). For checks before a run, e.g. that every node class of a scenario provides
     * the port an operation needs.
     */
    public static <C extends ComponentDefinition> List<Class<? extends PortType>> providedTypes(
            Class<C> type, Init<C> init) {
        return providedTypes(new Simulation(0).createRoot(type, init, -1));
    }

    private static <P extends PortType> ProvidedPort<P> search(ComponentDefinition c, Class<P> portType) {
        ProvidedPort<P> port = c.portOrNull(portType, true);
        if (port != null || c.children == null) {
            return port;
        }
        for (ComponentDefinition child : c.children) {
            port = search(child, portType);
            if (port != null) {
                return port;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static void collect(ComponentDefinition c, List<Class<? extends PortType>> out) {
        List<Port<?>> own = new ArrayList<>();
        for (Port<?> p = c.ports; p != null; p = p.nextOfOwner) {
            own.add(0, p); // the owner's list is newest first: report in declaration order
        }
        for (Port<?> p : own) {
            Class<? extends PortType> t = (Class<? extends PortType>) p.type().getClass();
            if (p.isProvided() && !out.contains(t)) {
                out.add(t);
            }
        }
        if (c.children != null) {
            for (ComponentDefinition child : c.children) {
                collect(child, out);
            }
        }
    }

    private static ComponentDefinition definition(Component root) {
        if (root == null) {
            throw new IllegalArgumentException("no component to search");
        }
        return (ComponentDefinition) root;
    }
}
