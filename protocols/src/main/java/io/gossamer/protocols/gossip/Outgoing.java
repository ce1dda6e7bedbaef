package io.gossamer.protocols.gossip;

/**
 * Rumours about to leave a node in one bundle, each with the hops it will have travelled on
 * arrival. Both arrays are fresh and never changed once made.
 *
 * @param rumours the rumours
 * @param hops per rumour, hops on arrival
 */
record Outgoing(Rumour[] rumours, int[] hops) {
    /** Number of rumours. */
    int size() {
        return rumours.length;
    }
}
