package io.gossamer.sim.core;

/** Why a call to one of the {@code run} methods of {@link Simulation} returned. */
public enum StopReason {
    /** No event was left to process. */
    NO_EVENTS,
    /** The next event lies after the time limit. */
    TIME_LIMIT,
    /** The event budget was used up. */
    EVENT_BUDGET,
    /** The stop predicate held. */
    PREDICATE,
    /** A handler called {@link Simulation#stop(String)}. */
    STOPPED,
    /** A fault was not handled by any component and the fault handler said to stop. */
    FAULT
}
