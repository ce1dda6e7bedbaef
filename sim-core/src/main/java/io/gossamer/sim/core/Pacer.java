package io.gossamer.sim.core;

/**
 * Paces a run against another clock, e.g. the wall clock of a live runtime. Before the run
 * loop advances the virtual clock to {@code time} (the next timed event's, or the run's
 * limit when nothing is due before it), it asks the pacer to wait for that time. A pacer may
 * return early because input from outside arrived: it then schedules that input as timed
 * events (at the current time or later) and returns false, and the loop looks again. A
 * simulation without a pacer (the default) runs as fast as it can; the pacer costs it one
 * null check per timed event.
 *
 * <p>The pacer is called on the thread that runs the simulation, never from a handler.
 */
@FunctionalInterface
public interface Pacer {
    /**
     * Waits until {@code time} has come, or until outside input arrives, whichever is first.
     *
     * @param time a virtual time in nanoseconds, at least the current time ({@code Long.MAX_VALUE}:
     *     nothing is due, wait for input)
     * @return true if {@code time} has come; false if input was scheduled instead
     */
    boolean awaitUntil(long time);
}
