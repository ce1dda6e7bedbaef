package io.gossamer.sim.core;

import io.gossamer.sim.Time;
import java.util.function.BooleanSupplier;

/**
 * When a run should return, whichever comes first: a virtual time, a number of timed events,
 * or a predicate (checked after each timed event and the deliveries it caused).
 *
 * @param until run events with time up to and including this (nanoseconds)
 * @param eventBudget the largest number of timed events to process
 * @param stopWhen returns true when the run should stop; may be {@code null}
 */
public record RunLimits(long until, long eventBudget, BooleanSupplier stopWhen) {

    /** No limit: run until no event is left (or a handler stops the run). */
    public static RunLimits none() {
        return new RunLimits(Time.FOREVER, Long.MAX_VALUE, null);
    }

    /** These limits with a time limit. */
    public RunLimits until(long time) {
        return new RunLimits(time, eventBudget, stopWhen);
    }

    /** These limits with an event budget. */
    public RunLimits budget(long events) {
        return new RunLimits(until, events, stopWhen);
    }

    /** These limits with a stop predicate. */
    public RunLimits stopWhen(BooleanSupplier predicate) {
        return new RunLimits(until, eventBudget, predicate);
    }
}
