package io.gossamer.sim.config;

/**
 * Thrown by a configuration record's constructor when a value, or a combination of values,
 * is invalid; names the offending parameter by its key so that a scenario file's error can
 * point at the line where it was written.
 */
public final class InvalidParameter extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;

    /**
     * The parameter {@code key} is invalid.
     *
     * @param key the parameter's key in a scenario file (kebab case, e.g. "shuffle-length")
     * @param message what is wrong and what would be valid, e.g. "must be at most view-size (20), got 30"
     */
    public InvalidParameter(String key, String message) {
        super("'" + key + "' " + message);
        this.key = key;
    }

    /** The parameter's key. */
    public String key() {
        return key;
    }

    /** The message without the key. */
    public String reason() {
        return getMessage().substring(key.length() + 3);
    }
}
