package io.gossamer.sim.timer;

import io.gossamer.sim.core.DirectRequest;

/**
 * Asks the timer to deliver {@code timeout} once, {@code delay} nanoseconds from now, to the
 * component that triggered this request.
 */
public final class ScheduleTimeout extends DirectRequest {
    private final long delay;
    private final Timeout timeout;

    /** A one-shot timeout after {@code delay} nanoseconds (not negative). */
    public ScheduleTimeout(long delay, Timeout timeout) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative timeout delay: " + delay + "ns");
        }
        this.delay = delay;
        this.timeout = timeout;
    }

    /** Delay in nanoseconds. */
    public long delay() {
        return delay;
    }

    /** The event to deliver. */
    public Timeout timeout() {
        return timeout;
    }
}
