package io.gossamer.sim.core;

/**
 * Observes every event a simulation processes, in order; used to compare runs (determinism
 * tests) and to debug. Costs nothing when none is set.
 */
public interface Tracer {
    /** A timed event is about to fire. */
    void timed(long time, int sink, int target, Object payload);

    /** A zero-delay delivery to a port (or a lifecycle step) is about to run. */
    void local(long time, Object target, Object event);
}
