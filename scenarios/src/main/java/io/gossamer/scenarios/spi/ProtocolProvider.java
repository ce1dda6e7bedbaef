package io.gossamer.scenarios.spi;

/** A protocol stack by name ({@code nodes[].protocol}). */
public interface ProtocolProvider extends Provider {
    /** True if its nodes accept broadcast requests (the {@code broadcast} operation). */
    boolean broadcasts();

    /**
     * True if, with these parameters, it runs over the scenario's {@code overlay} (then the
     * run builds one, by default a random 8-out graph, when the file names none).
     */
    boolean needsOverlay(Params params);

    /** The stack for one node class in one run. */
    NodeStack create(Params params, RunSetup setup);
}
