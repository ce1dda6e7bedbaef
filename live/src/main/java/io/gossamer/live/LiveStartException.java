package io.gossamer.live;

/**
 * A live run could not start or go on for a reason outside the scenario (an address in use, a
 * port range exhausted, a node whose socket cannot open); the message says which and what to do.
 */
public final class LiveStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message for the user. */
    public LiveStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
