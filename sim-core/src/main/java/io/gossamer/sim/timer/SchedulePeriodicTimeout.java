package io.gossamer.sim.timer;

import io.gossamer.sim.core.DirectRequest;

/**
 * Asks the timer to deliver {@code timeout} after {@code delay} nanoseconds and then every
 * {@code period} nanoseconds, until cancelled or the requester is destroyed.
 */
public final class SchedulePeriodicTimeout extends DirectRequest {
    private final long delay;
    private final long period;
    private final Timeout timeout;

    /** A periodic timeout; the period must be positive. */
    public SchedulePeriodicTimeout(long delay, long period, Timeout timeout) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative timeout delay: " + delay + "ns");
        }
        if (period <= 0) {
            throw new IllegalArgumentException("timeout period must be positive: " + period + "ns");
        }
        this.delay = delay;
        this.period = period;
        this.timeout = timeout;
    }

    /** Delay before the first delivery, in nanoseconds. */
    public long delay() {
        return delay;
    }

    /** Period in nanoseconds. */
    public long period() {
        return period;
    }

    /** The event to deliver. */
    public Timeout timeout() {
        return timeout;
    }
}
