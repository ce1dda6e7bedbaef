package io.gossamer.sim.timer;

import io.gossamer.sim.core.Component;
import io.gossamer.sim.core.ComponentDefinition;
import io.gossamer.sim.core.ComponentState;
import io.gossamer.sim.core.EventSink;
import io.gossamer.sim.core.ProvidedPort;
import io.gossamer.sim.core.RequiredPort;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The simulated timer: provides {@link Timer} to every node (registered as a service, so a
 * component that requires Timer is connected to it automatically). Timeouts are timed kernel
 * events; each goes only to the component that asked for it, and never to a destroyed one.
 * Cancellation is O(1) and lazy.
 */
public final class TimerService extends ComponentDefinition {
    private final ProvidedPort<Timer> timer = provides(Timer.class);
    private final Map<Timeout, Entry> active = new IdentityHashMap<>();
    private final int sink;

    /**
     * One pending timeout. It keeps the requester's component beside its port: a firing reads
     * both, and with a reference each the two loads (cache misses, with many nodes) overlap
     * instead of one waiting for the other.
     */
    private static final class Entry {
        final Timeout timeout;
        final RequiredPort<?> origin;
        final Component owner;
        final long period;
        boolean cancelled;

        Entry(Timeout timeout, RequiredPort<?> origin, long period) {
            this.timeout = timeout;
            this.origin = origin;
            this.owner = origin.owner();
            this.period = period;
        }
    }

    /** Creates the service; the node host registers it. */
    public TimerService() {
        sink = simulation().registerSink("timer", new EventSink() {
            @Override
            public void fire(int target, Object payload) {
                TimerService.this.fire((Entry) payload);
            }

            @Override
            public long readAhead(int target, Object payload) {
                // The entry, the component's state and the port: what a firing reads first.
                Entry e = (Entry) payload;
                return e.owner.state().ordinal() + (e.cancelled ? 1 : 0) + (e.origin.owner() == null ? 1 : 0);
            }
        });
        subscribe(timer, ScheduleTimeout.class, TimerService::onSchedule);
        subscribe(timer, SchedulePeriodicTimeout.class, TimerService::onSchedulePeriodic);
        subscribe(timer, CancelTimeout.class, TimerService::onCancel);
        simulation().registerService(timer);
    }

    /** The provided port (for connecting components of no node). */
    public ProvidedPort<Timer> port() {
        return timer;
    }

    /** Timeouts scheduled and not yet fired or cancelled. */
    public int activeTimeouts() {
        return active.size();
    }

    private void onSchedule(ScheduleTimeout request) {
        add(new Entry(request.timeout(), request.origin(), 0), request.delay());
    }

    private void onSchedulePeriodic(SchedulePeriodicTimeout request) {
        add(new Entry(request.timeout(), request.origin(), request.period()), request.delay());
    }

    private void add(Entry entry, long delay) {
        Entry previous = active.put(entry.timeout, entry);
        if (previous != null) {
            // Scheduling the same instance again replaces the earlier schedule.
            previous.cancelled = true;
        }
        simulation().schedule(now() + delay, sink, 0, entry);
    }

    private void onCancel(CancelTimeout request) {
        Entry entry = active.remove(request.timeout());
        if (entry != null) {
            entry.cancelled = true;
        }
    }

    private void fire(Entry entry) {
        if (entry.cancelled) {
            return;
        }
        if (entry.owner.state() == ComponentState.DESTROYED) {
            active.remove(entry.timeout);
            return;
        }
        simulation().deliver(entry.origin, entry.timeout);
        if (entry.period > 0) {
            simulation().schedule(now() + entry.period, sink, 0, entry);
        } else {
            active.remove(entry.timeout);
        }
    }
}
