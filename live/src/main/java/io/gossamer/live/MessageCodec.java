package io.gossamer.live;

import io.gossamer.sim.net.Message;
import java.nio.ByteBuffer;

/**
 * Encodes one message type for the wire, header included (source, destination, transport,
 * declared size): the live runtime frames it with the receiving node's id and the type's id.
 * Register one with {@link Codecs#register} for a message type whose fields
 * {@link Codecs#derive} cannot handle.
 *
 * @param <M> the message type
 */
public interface MessageCodec<M extends Message> {
    /** Writes {@code message} to {@code out} (which grows as needed through {@link WireBuffer}). */
    void encode(M message, WireBuffer out);

    /** Reads one message written by {@link #encode}. */
    M decode(ByteBuffer in);
}
