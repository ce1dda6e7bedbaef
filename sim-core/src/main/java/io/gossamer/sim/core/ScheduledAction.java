package io.gossamer.sim.core;

/**
 * An action scheduled with {@link Simulation#schedule(long, Runnable)}; cancel it in O(1)
 * (it stays in the queue and is skipped when its time comes).
 */
public final class ScheduledAction {
    final Runnable action;
    private final long time;
    private boolean cancelled;

    ScheduledAction(Runnable action, long time) {
        this.action = action;
        this.time = time;
    }

    /** Cancels the action; no effect if it already ran. */
    public void cancel() {
        cancelled = true;
    }

    /** True once cancelled. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** The virtual time it is (or was) due. */
    public long time() {
        return time;
    }
}
