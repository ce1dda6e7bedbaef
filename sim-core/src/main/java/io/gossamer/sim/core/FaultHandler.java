package io.gossamer.sim.core;

/**
 * Decides what to do with a fault that no ancestor component handled. The default stops the
 * run and reports the fault; {@code io.gossamer.sim.node.NodeHost} offers one that fails the
 * faulty node and goes on.
 */
@FunctionalInterface
public interface FaultHandler {
    /** Returns true if the fault was dealt with and the run may go on. */
    boolean handle(Fault fault);
}
