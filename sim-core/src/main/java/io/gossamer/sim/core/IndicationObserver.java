package io.gossamer.sim.core;

/**
 * Watches, from outside the components, the indications of one port type that any component
 * triggers (see {@link Simulation#observe}). Measurement uses it instead of asking protocols
 * to report: a metric observes every {@code Deliver} of every node, say, while the protocol
 * only triggers it on its own port.
 *
 * <p>Called synchronously, in trigger order, from inside the triggering handler; it must not
 * trigger, schedule or deliver anything (it would change the run it measures). What it throws
 * is a fault of the triggering component.
 *
 * @param <E> the indication type observed
 */
@FunctionalInterface
public interface IndicationObserver<E> {
    /**
     * An indication was triggered.
     *
     * @param node the node of the component that triggered it (-1 for simulator-level ones)
     * @param indication the event, as triggered (do not change it)
     */
    void observed(int node, E indication);
}
