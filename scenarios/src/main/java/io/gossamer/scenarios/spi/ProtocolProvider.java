package io.gossamer.scenarios.spi;

/** A protocol stack by name ({@code nodes[].protocol}). */
public interface ProtocolProvider extends Provider {
    /** True if its nodes accept broadcast requests (the {@code broadcast} operation). */
    boolean broadcasts();

    /** True if it runs over the scenario's {@code overlay}. */
    boolean needsOverlay();

    /** The stack for one node class in one run. */
    NodeStack create(Params params, RunSetup setup);
}
