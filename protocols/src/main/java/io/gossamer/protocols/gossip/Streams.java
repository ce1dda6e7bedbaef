package io.gossamer.protocols.gossip;

/**
 * Names of the per-node random streams of the gossip protocols. All four draw their peers
 * from one purpose (a node runs one of them), so random-walk gossip without sender exclusion
 * makes the very same draws as infect-and-die.
 */
final class Streams {
    /** Peer choices. */
    static final String PEERS = "gossip.peers";
    /** The phase of a node's rounds, when drawn. */
    static final String PHASE = "gossip.phase";

    private Streams() {
    }
}
