package io.gossamer.protocols.pss;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Transport;

/**
 * Cyclon's shuffle request and reply. They travel over connections (opened on demand, so a
 * shuffle with a new partner costs a handshake, and a private node can be answered but not
 * asked).
 */
final class CyclonMessages {
    /** Bytes of one descriptor on the wire (address, port, age). */
    static final int DESCRIPTOR_BYTES = 8;

    private CyclonMessages() {
    }

    /**
     * The initiator's offer: l descriptors, its own (age 0) first, packed as {@link Descriptors}
     * packs them (the array itself, no list object around it: the receiver reaches the entries
     * through one reference less).
     */
    static final class Shuffle extends Message {
        final long[] offer;

        Shuffle(Address from, Address to, long[] offer, int headerBytes) {
            super(from, to, Transport.STREAM, headerBytes + DESCRIPTOR_BYTES * offer.length);
            this.offer = offer;
        }
    }

    /** The answer: up to l descriptors of the receiver's view, packed as in {@link Shuffle}. */
    static final class ShuffleReply extends Message {
        final long[] offer;

        ShuffleReply(Address from, Address to, long[] offer, int headerBytes) {
            super(from, to, Transport.STREAM, headerBytes + DESCRIPTOR_BYTES * offer.length);
            this.offer = offer;
        }
    }
}
