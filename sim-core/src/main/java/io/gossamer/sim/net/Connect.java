package io.gossamer.sim.net;

/**
 * Request to open a connection from {@code self} to {@code peer} and keep it open until a
 * {@link Disconnect}, until one end fails or leaves, or until the network breaks it. The
 * answer is a {@link ConnectionEvent.Opened} or a {@link ConnectionEvent.Failed}; if the
 * connection is already open it is answered at once and nothing is counted.
 *
 * <p>Connections opened implicitly by a {@link Transport#STREAM} send close after the idle
 * timeout instead; a {@code Connect} on such a connection makes it permanent.
 *
 * @param self the requesting node
 * @param peer the node to connect to
 */
public record Connect(Address self, Address peer) {
    /** Checks the ends. */
    public Connect {
        if (self == null || peer == null || self.id() < 0 || peer.id() < 0 || self.id() == peer.id()) {
            throw new IllegalArgumentException("a connection joins two distinct nodes: " + self + ", " + peer);
        }
    }
}
