package io.gossamer.sim.core;

/** Lifecycle state of a component. */
public enum ComponentState {
    /** Created, not yet started: events that arrive are held until it starts. */
    CREATED,
    /** Started: handlers run. */
    ACTIVE,
    /** Stopped: events that arrive are dropped (and counted). */
    PASSIVE,
    /** Destroyed: disconnected from everything; events that arrive are dropped. */
    DESTROYED
}
