package io.gossamer.sim.net;

/**
 * What one node sent, received and had dropped (counted at the receiver).
 *
 * @param sentMessages messages sent (each multicast target counts once)
 * @param sentBytes bytes sent
 * @param receivedMessages messages delivered to the node
 * @param receivedBytes bytes delivered to the node
 * @param droppedMessages messages addressed to the node that the network dropped
 * @param droppedBytes bytes of those messages
 */
public record NodeTraffic(
        long sentMessages, long sentBytes, long receivedMessages, long receivedBytes,
        long droppedMessages, long droppedBytes) {
}
