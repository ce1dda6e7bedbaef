package io.gossamer.scenarios.spi;

import io.gossamer.sim.core.PortType;
import java.util.List;

/** A protocol stack by name ({@code nodes[].protocol}). */
public interface ProtocolProvider extends Provider {
    /**
     * The port types its nodes provide to applications, e.g. {@code Broadcast}: an operation
     * that requires a port type ({@link OperationProvider#requires}) acts only on nodes whose
     * protocol lists it, and the scenario loader checks that some node class does.
     */
    default List<Class<? extends PortType>> provides() {
        return List.of();
    }

    /**
     * True if, with these parameters, it runs over the scenario's {@code overlay} (then the
     * run builds one, by default a random 8-out graph, when the file names none).
     */
    default boolean needsOverlay(Params params) {
        return false;
    }

    /** The stack for one node class in one run. */
    NodeStack create(Params params, RunSetup setup);
}
