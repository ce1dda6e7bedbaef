package io.gossamer.scenarios.model;

/** When a run ends before its {@code duration}. */
public enum StopCondition {
    /** Only at the time limit. */
    DURATION("duration"),
    /** When every process has raised all its operations. */
    PROCESSES_ENDED("processes-ended"),
    /** When every process has ended and every broadcast reached every live node it targeted. */
    ALL_DELIVERED("all-delivered"),
    /** When no event is left. */
    NO_EVENTS("no-events");

    private final String key;

    StopCondition(String key) {
        this.key = key;
    }

    /** As written in a file. */
    public String key() {
        return key;
    }
}
