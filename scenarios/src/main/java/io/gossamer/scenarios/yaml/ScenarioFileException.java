package io.gossamer.scenarios.yaml;

/**
 * Bad input in a scenario file: the message names the file, line and column, says what is
 * wrong and what would be valid. The command line prints it as it is (no stack trace) and
 * exits with status 2.
 */
public final class ScenarioFileException extends RuntimeException {
    private final transient Location location;

    /** An error at a place in a file. */
    public ScenarioFileException(Location location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    /** Where it is. */
    public Location location() {
        return location;
    }
}
