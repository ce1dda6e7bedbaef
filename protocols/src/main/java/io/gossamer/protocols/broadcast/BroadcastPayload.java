package io.gossamer.protocols.broadcast;

/**
 * A network message that carries the payload of one or more broadcast messages. Protocols
 * mark their payload-bearing messages with it (not their control messages, such as an IHAVE
 * that only names an id), so that measurement can count the copies sent and the copies that
 * arrive at a node that already had the message, from outside the protocol.
 */
public interface BroadcastPayload {
    /** How many broadcast messages this network message carries. */
    default int payloadCount() {
        return 1;
    }

    /** The id of the {@code i}-th broadcast message carried, {@code 0 <= i < payloadCount()}. */
    int payloadId(int i);
}
