package io.gossamer.kompics.spi;

import java.util.Map;
import se.sics.kompics.ComponentDefinition;
import se.sics.kompics.Init;

/**
 * The Kompics component a node runs: its class, its {@code Init} ({@link Init#NONE} for a
 * component without one) and the Kompics config values of this node, which override those of
 * {@code application.conf} for the component and its children.
 *
 * @param type the component class
 * @param init the component's init
 * @param config per-node Kompics config values (key to value), applied in iteration order
 */
public record NodeDefinition<C extends ComponentDefinition>(Class<C> type, Init<?> init, Map<String, Object> config) {

    /** Validates the definition. */
    public NodeDefinition {
        if (type == null || init == null || config == null) {
            throw new IllegalArgumentException("a node definition needs a component class, an init (or Init.NONE) and a config map");
        }
    }

    /** A component with an init and no per-node config. */
    public static <C extends ComponentDefinition> NodeDefinition<C> of(Class<C> type, Init<C> init) {
        return new NodeDefinition<>(type, init, Map.of());
    }
}
