package io.gossamer.kompics.spi;

import se.sics.kompics.network.Msg;

/**
 * Maps a node's parameters to the Kompics component it runs, and Kompics messages to their
 * size on the wire. The user implements it in their own code (with a public constructor
 * without arguments) and names it to {@code io.gossamer.kompics.KompicsBridge}; the bridge
 * makes one instance per run, inside the run's class loader.
 *
 * <p>The component it names is created as a child of the bridge's node component, with its
 * required {@code Network} and {@code Timer} ports (if it has them) connected to the bridge's
 * network and timer for that node.
 */
public interface KompicsNodeFactory {
    /** The size of a message when {@link #sizeOf} is not overridden, in bytes. */
    int DEFAULT_MESSAGE_BYTES = 64;

    /** The component, init and config of a node. */
    NodeDefinition<?> define(NodeContext node);

    /**
     * A message's size on the wire in bytes, headers included; it feeds the network's
     * bandwidth model and traffic counters. Every message is {@value #DEFAULT_MESSAGE_BYTES}
     * bytes unless this is overridden.
     */
    default int sizeOf(Msg<?, ?> message) {
        return DEFAULT_MESSAGE_BYTES;
    }

    /**
     * Whether Kompics' connection-oriented transports (TCP, UDT, LEDBAT, DATA) use Gossamer's
     * connections (a handshake before the first message, reliable, subject to NATs): true
     * unless overridden. UDP always travels as datagrams. Kompics' own simulator treats every
     * transport as a datagram, which is what false gives.
     */
    default boolean streamsOverConnections() {
        return true;
    }
}
