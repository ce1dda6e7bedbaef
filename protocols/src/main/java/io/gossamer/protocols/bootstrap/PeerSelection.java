package io.gossamer.protocols.bootstrap;

/** Which earlier nodes the bootstrap server hands a newcomer. */
public enum PeerSelection {
    /** Every node that joined before (the study's server). */
    ALL,
    /** The k that joined last. */
    RECENT,
    /** k drawn uniformly at random. */
    RANDOM
}
