package io.gossamer.protocols.broadcast;

/**
 * A message delivered at this node, once per message.
 *
 * @param message the message id
 * @param origin the node that broadcast it
 * @param createdAt when the origin broadcast it (virtual ns)
 * @param hops hops it travelled to get here (0 at the origin)
 */
public record BroadcastDelivery(int message, int origin, long createdAt, int hops) {
}
