package io.gossamer.sim.net;

/**
 * One node's connection counters.
 *
 * @param opened handshakes this node started that succeeded (new connections it established)
 * @param accepted connections other nodes opened to this node
 * @param failed handshakes this node started that failed
 * @param openNow connections of this node open at the moment of the query
 */
public record ConnectionStats(long opened, long accepted, long failed, int openNow) {
    /** Handshakes this node started, successful or not. */
    public long attempted() {
        return opened + failed;
    }
}
