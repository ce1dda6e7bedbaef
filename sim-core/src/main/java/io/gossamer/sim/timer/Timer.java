package io.gossamer.sim.timer;

import io.gossamer.sim.core.PortType;

/**
 * The timer port: schedule one-shot or periodic {@link Timeout}s, cancel them, receive them.
 * In a simulation it is provided by {@link TimerService}.
 */
public final class Timer extends PortType {
    /** Declares the requests and the timeout indication. */
    public Timer() {
        request(ScheduleTimeout.class);
        request(SchedulePeriodicTimeout.class);
        request(CancelTimeout.class);
        indication(Timeout.class);
    }
}
