package io.gossamer.kompics.spi;

import java.util.Map;

/**
 * What a {@link KompicsNodeFactory} knows about a node it defines.
 *
 * @param node the node id
 * @param self the node's Kompics address
 * @param params the parameters the node was started with (read-only, in their given order)
 */
public record NodeContext(int node, SimAddress self, Map<String, Object> params) {

    /** A parameter, or {@code fallback} if the node has none of that name. */
    @SuppressWarnings("unchecked")
    public <T> T param(String name, T fallback) {
        Object value = params.get(name);
        return value == null ? fallback : (T) value;
    }

    /**
     * A required parameter.
     *
     * @throws IllegalArgumentException if the node has none of that name
     */
    @SuppressWarnings("unchecked")
    public <T> T param(String name) {
        Object value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("node " + node + " has no parameter '" + name + "' (it has " + params.keySet() + ")");
        }
        return (T) value;
    }
}
