package io.gossamer.sim.core;

import io.gossamer.sim.Time;

/**
 * What a call to {@code run} did.
 *
 * @param reason why it returned
 * @param time virtual time when it returned (nanoseconds)
 * @param lastEventTime virtual time at which the last event ran (of the whole simulation, not
 *     only this call; 0 before any): earlier than {@code time} when the clock moved on to a
 *     limit with nothing left to do
 * @param timedEvents timed events processed by this call
 * @param localEvents zero-delay deliveries processed by this call
 * @param message the reason given to {@link Simulation#stop(String)}, or empty
 * @param fault the fault that stopped the run, or {@code null}
 */
public record RunResult(
        StopReason reason, long time, long lastEventTime, long timedEvents, long localEvents, String message, Fault fault) {

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
