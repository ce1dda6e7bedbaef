package io.gossamer.scenarios.run;

/** A run stopped by a fault inside the simulation (a handler threw); the message is the fault report. */
public final class RunFailure extends RuntimeException {
    /** A failure with the simulation's fault report. */
    public RunFailure(String report, Throwable cause) {
        super(report, cause);
    }
}
