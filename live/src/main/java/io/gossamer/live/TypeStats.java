package io.gossamer.live;

/**
 * One message type's traffic.
 *
 * @param copies copies sent
 * @param declaredBytes the sum of their declared sizes (what the simulator charges)
 * @param encodedBytes the sum of their sizes on the wire (frame included)
 */
public record TypeStats(long copies, long declaredBytes, long encodedBytes) {
}
