package io.gossamer.scenarios.spi;

/**
 * Where a dissemination protocol's peers come from, by name ({@code neighbours: NAME} or
 * {@code neighbours: {name: NAME, ...}} in a protocol's parameters): the scenario's overlay,
 * every live node, a bootstrap connection pool, a peer sampling service. A plug-in can add
 * its own and every dissemination protocol can then use it.
 */
public interface NeighbourProvider extends Provider {
    /** True if it reads the scenario's {@code overlay}. */
    default boolean needsOverlay() {
        return false;
    }

    /** The source for the nodes of one class in one run. */
    NeighbourSource create(Params params, RunSetup setup);
}
