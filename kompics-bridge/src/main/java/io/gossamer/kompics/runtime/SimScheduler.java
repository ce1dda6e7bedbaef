package io.gossamer.kompics.runtime;

import java.util.ArrayDeque;
import se.sics.kompics.Component;
import se.sics.kompics.Scheduler;

/**
 * Runs Kompics' ready components on the simulation's thread, at zero virtual time: whatever
 * Gossamer hands to a Kompics node (a message, a timeout, a start or stop) is followed by
 * {@link #drain()}, which executes ready components in FIFO order until none is left. Kompics'
 * port hops therefore cost no simulated time, and the order is the same in every run.
 */
final class SimScheduler extends Scheduler {
    private final ArrayDeque<Component> ready = new ArrayDeque<>();
    private boolean draining;
    private long executions;

    @Override
    public void schedule(Component component, int worker) {
        ready.add(component);
    }

    @Override
    public void proceed() {
        drain();
    }

    /** Executes ready components until none is left (a no-op when called while draining). */
    void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            Component next;
            while ((next = ready.poll()) != null) {
                executions++;
                executeComponent(next, 0);
            }
        } finally {
            draining = false;
        }
    }

    long executions() {
        return executions;
    }

    @Override
    public void shutdown() {
        ready.clear();
    }

    @Override
    public void asyncShutdown() {
        ready.clear();
    }
}
