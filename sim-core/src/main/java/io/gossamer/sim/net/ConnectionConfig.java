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
 * @param minRto the floor of the retransmission timeout (ns): a segment lost on a connection
 *     is resent after {@code max(minRto, 3 * handshake round trip)}, doubled at each further
 *     loss of the same segment and capped at {@link #MAX_RTO} (RFC 6298's first estimate,
 *     SRTT + 4 RTTVAR with RTTVAR = RTT / 2; Linux's floor of 200 ms is the default)
 */
public record ConnectionConfig(long connectTimeout, long idleTimeout, long failureDetection, boolean holePunching,
        long minRto) {
    /** The largest retransmission timeout, 60 s (RFC 6298). */
    public static final long MAX_RTO = 60_000_000_000L;
    /** The default floor of the retransmission timeout, 200 ms. */
    public static final long DEFAULT_MIN_RTO = 200_000_000L;
    /** 3 s connect timeout, 60 s idle timeout, 5 s failure detection, no hole punching, 200 ms RTO floor. */
    public static final ConnectionConfig DEFAULT =
            new ConnectionConfig(3_000_000_000L, 60_000_000_000L, 5_000_000_000L, false, DEFAULT_MIN_RTO);

    /** Checks the times. */
    public ConnectionConfig {
        if (connectTimeout <= 0 || idleTimeout <= 0 || failureDetection < 0 || minRto <= 0) {
            throw new IllegalArgumentException("connect and idle timeouts and the RTO floor must be positive,"
                    + " failure detection not negative");
        }
    }

    /** The same with the default RTO floor. */
    public ConnectionConfig(long connectTimeout, long idleTimeout, long failureDetection, boolean holePunching) {
        this(connectTimeout, idleTimeout, failureDetection, holePunching, DEFAULT_MIN_RTO);
    }

    /** The retransmission timeout of the {@code attempt}-th resend (0 for the first) over a path of round trip {@code rtt}. */
    long rto(long rtt, int attempt) {
        long base = Math.max(minRto, 3 * rtt);
        return attempt >= 30 || base > (MAX_RTO >> attempt) ? MAX_RTO : base << attempt;
    }
}
