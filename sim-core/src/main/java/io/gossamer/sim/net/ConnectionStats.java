package io.gossamer.sim.net;

/**
 * One node's connection counters.
 *
 * @param opened handshakes this node started that succeeded (new connections it established)
 * @param accepted connections other nodes opened to this node
 * @param failed handshakes this node started that failed
 * @param openNow connections of this node open at the moment of the query
 * @param retransmitted segments this node resent over its connections because loss took them
 */
public record ConnectionStats(long opened, long accepted, long failed, int openNow, long retransmitted) {
    /** Counters of a node that resent nothing. */
    public ConnectionStats(long opened, long accepted, long failed, int openNow) {
        this(opened, accepted, failed, openNow, 0);
    }

    /** Handshakes this node started, successful or not. */
    public long attempted() {
        return opened + failed;
    }
}
