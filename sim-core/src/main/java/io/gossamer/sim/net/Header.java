package io.gossamer.sim.net;

/**
 * The header of a message.
 *
 * @param source the sender
 * @param destination the receiver ({@link Address#MULTICAST} for multicast sends)
 * @param transport datagram or stream
 */
public record Header(Address source, Address destination, Transport transport) {
}
