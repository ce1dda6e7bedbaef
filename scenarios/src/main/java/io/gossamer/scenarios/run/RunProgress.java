package io.gossamer.scenarios.run;

/** Told how far a run has got, every so many events (for progress bars). */
@FunctionalInterface
public interface RunProgress {
    /** Ignores progress. */
    RunProgress NONE = (now, limit, events) -> { };

    /**
     * Progress so far.
     *
     * @param now simulated time (ns)
     * @param limit the scenario's duration (ns)
     * @param events events processed so far
     */
    void progress(long now, long limit, long events);
}
