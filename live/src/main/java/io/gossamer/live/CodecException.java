package io.gossamer.live;

/** A message type the live runtime cannot put on the wire; the message names it and says why. */
public final class CodecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message for the user. */
    public CodecException(String message) {
        super(message);
    }
}
