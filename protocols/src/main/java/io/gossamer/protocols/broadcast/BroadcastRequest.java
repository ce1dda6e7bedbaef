package io.gossamer.protocols.broadcast;

/**
 * Broadcast a new payload from this node.
 *
 * @param sizeBytes payload size on the wire, headers excluded
 */
public record BroadcastRequest(int sizeBytes) {
    /** Checks the size. */
    public BroadcastRequest {
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("a payload cannot have a negative size: " + sizeBytes);
        }
    }
}
