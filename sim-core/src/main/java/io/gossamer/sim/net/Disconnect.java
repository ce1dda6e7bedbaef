package io.gossamer.sim.net;

/**
 * Request to close the connection between {@code self} and {@code peer}, if there is one.
 * The peer gets a {@link ConnectionEvent.Closed} one network delay later; messages still
 * waiting for the handshake are dropped.
 *
 * @param self the requesting node
 * @param peer the other end
 */
public record Disconnect(Address self, Address peer) {
    /** Checks the ends. */
    public Disconnect {
        if (self == null || peer == null) {
            throw new IllegalArgumentException("both ends are required");
        }
    }
}
