package io.gossamer.sim.core;

import io.gossamer.sim.Time;

/**
 * What a call to {@code run} did.
 *
 * @param reason why it returned
 * @param time virtual time when it returned (nanoseconds)
 * @param timedEvents timed events processed by this call
 * @param localEvents zero-delay deliveries processed by this call
 * @param message the reason given to {@link Simulation#stop(String)}, or empty
 * @param fault the fault that stopped the run, or {@code null}
 */
public record RunResult(
        StopReason reason, long time, long timedEvents, long localEvents, String message, Fault fault) {

    /** Timed events plus zero-delay deliveries. */
    public long events() {
        return timedEvents + localEvents;
    }

    @Override
    public String toString() {
        String base = reason + " at " + Time.format(time) + " after " + events() + " events";
        if (fault != null) {
            return base + ": " + fault.report();
        }
        return message.isEmpty() ? base : base + " (" + message + ")";
    }
}
