package io.gossamer.protocols.broadcast;

/**
 * Broadcast a new payload from this node. The application names the message: the id travels
 * with every copy, and every node delivers it under that id ({@link BroadcastDelivery}).
 *
 * @param message the message's id, unique in the run (the application hands them out)
 * @param sizeBytes payload size on the wire, headers excluded
 */
public record BroadcastRequest(int message, int sizeBytes) {
    /** Checks the values. */
    public BroadcastRequest {
        if (message < 0) {
            throw new IllegalArgumentException("a message id cannot be negative: " + message);
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("a payload cannot have a negative size: " + sizeBytes);
        }
    }
}
