package io.gossamer.live;

/**
 * What went through the ZeroMQ broker.
 *
 * @param broker its XSUB and XPUB addresses
 * @param copies copies relayed (each target of each relay)
 * @param publications relays published (one per message)
 * @param bytesPublished their bytes (frame, target set and message)
 * @param forwarded messages the broker forwarded (probes included)
 * @param subscriptions subscriptions it passed on
 * @param framesReceived relays the SUB sockets received (every subscriber receives every relay)
 * @param notForNode of those, relays the receiving node was no target of
 */
public record RelayStats(String broker, long copies, long publications, long bytesPublished, long forwarded,
        long subscriptions, long framesReceived, long notForNode) {
}
