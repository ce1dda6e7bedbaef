package io.gossamer.scenarios.yaml;

/**
 * A place in a scenario file, for error messages.
 *
 * @param file the file as the user named it
 * @param line line, from 1
 * @param column column, from 1
 */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
