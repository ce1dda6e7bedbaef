package io.gossamer.sim.net;

/**
 * How the connection-oriented transport behaves.
 *
 * @param connectTimeout time after which a handshake that got no answer counts as failed (ns)
 * @param idleTimeout an implicitly opened connection unused this long is closed (ns)
 * @param failureDetection delay from a node's failure to the moment its peers learn that
 *     their connections to it are closed (ns)
 * @param holePunching if true, a connection to a private node succeeds when the two NAT
 *     types allow hole punching ({@link NatType#canHolePunch}), at the cost of one more round
 *     trip; if false (the default) private nodes accept no connection at all
 */
public record ConnectionConfig(long connectTimeout, long idleTimeout, long failureDetection, boolean holePunching) {
    /** 3 s connect timeout, 60 s idle timeout, 5 s failure detection, no hole punching. */
    public static final ConnectionConfig DEFAULT =
            new ConnectionConfig(3_000_000_000L, 60_000_000_000L, 5_000_000_000L, false);

    /** Checks the times. */
    public ConnectionConfig {
        if (connectTimeout <= 0 || idleTimeout <= 0 || failureDetection < 0) {
            throw new IllegalArgumentException("connect and idle timeouts must be positive, failure detection not negative");
        }
    }
}
