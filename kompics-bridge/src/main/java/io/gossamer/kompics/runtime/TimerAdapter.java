package io.gossamer.kompics.runtime;

import se.sics.kompics.ComponentDefinition;
import se.sics.kompics.Init;
import se.sics.kompics.Negative;
import se.sics.kompics.timer.CancelPeriodicTimeout;
import se.sics.kompics.timer.CancelTimeout;
import se.sics.kompics.timer.SchedulePeriodicTimeout;
import se.sics.kompics.timer.ScheduleTimeout;
import se.sics.kompics.timer.Timeout;
import se.sics.kompics.timer.Timer;

/**
 * Provides Kompics' {@code Timer} port to one node's components over Gossamer's timer.
 * Delays and periods are Kompics milliseconds; a periodic timeout is delivered as a fresh
 * clone at each period, as Kompics' own timers do.
 */
public final class TimerAdapter extends ComponentDefinition {
    private final Negative<Timer> timer = provides(Timer.class);
    private final KompicsNode node;

    /** The node whose timer this is. */
    public static final class Setup extends Init<TimerAdapter> {
        final KompicsNode node;

        Setup(KompicsNode node) {
            this.node = node;
        }
    }

    /** Called by Kompics. */
    public TimerAdapter(Setup setup) {
        this.node = setup.node;
        handle(timer, ScheduleTimeout.class,
                s -> node.schedule(checked(s.getTimeoutEvent(), "ScheduleTimeout"), s.getDelay(), 0));
        handle(timer, SchedulePeriodicTimeout.class,
                s -> node.schedule(checked(s.getTimeoutEvent(), "SchedulePeriodicTimeout"), s.getDelay(), s.getPeriod()));
        handle(timer, CancelTimeout.class, c -> node.cancel(c.getTimeoutId()));
        handle(timer, CancelPeriodicTimeout.class, c -> node.cancel(c.getTimeoutId()));
    }

    private static Timeout checked(Timeout timeout, String request) {
        if (timeout == null) {
            throw new IllegalArgumentException(request + " without a timeout event (call setTimeoutEvent first)");
        }
        return timeout;
    }

    /** Fires a timeout at the component that asked for it. */
    void fire(Timeout timeout, boolean periodic) {
        if (periodic) {
            try {
                timeout = (Timeout) timeout.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("periodic timeout " + timeout + " cannot be cloned", e);
            }
        }
        trigger(timeout, timer);
    }
}
