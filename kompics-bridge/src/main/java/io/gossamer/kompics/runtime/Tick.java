package io.gossamer.kompics.runtime;

import io.gossamer.sim.timer.Timeout;

/** A Kompics timeout waiting in Gossamer's timer. */
final class Tick extends Timeout {
    final se.sics.kompics.timer.Timeout timeout;
    final boolean periodic;

    Tick(se.sics.kompics.timer.Timeout timeout, boolean periodic) {
        this.timeout = timeout;
        this.periodic = periodic;
    }

    @Override
    public String toString() {
        return "Kompics " + timeout.getClass().getSimpleName() + " " + timeout.getTimeoutId();
    }
}
