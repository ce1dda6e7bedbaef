package io.gossamer.protocols.pss;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Transport;

/** WPSS's messages; all travel over connections (base links or the wormhole). */
final class WpssMessages {
    /** Bytes of one descriptor on the wire (address, port, NAT type, age). */
    static final int DESCRIPTOR_BYTES = 9;

    private WpssMessages() {
    }

    /** Sent by the opener of a base link once it is open: "count me as your neighbour". */
    static final class Hello extends Message {
        final int degree;

        Hello(Address from, Address to, int degree, int headerBytes) {
            super(from, to, Transport.STREAM, headerBytes + 4);
            this.degree = degree;
        }
    }

    /** The answer to a {@link Hello}: the acceptor's degree. */
    static final class HelloAck extends Message {
        final int degree;

        HelloAck(Address from, Address to, int degree, int headerBytes) {
            super(from, to, Transport.STREAM, headerBytes + 4);
            this.degree = degree;
        }
    }

    /**
     * A node's advertisement of itself (a descriptor of age 0, made from the sender's address),
     * sent through its wormhole. Walks carry the descriptor packed in a {@code long} in the
     * message itself: the walk reads it at its last hop, and in a large run an object of its
     * own would be one more cache miss there.
     */
    static final class Advertisement extends Message {
        Advertisement(Address from, Address to, int headerBytes) {
            super(from, to, Transport.STREAM, headerBytes + DESCRIPTOR_BYTES);
        }
    }

    /** One hop of an advertisement's random walk over the base overlay. */
    static final class Walk extends Message {
        /** The advertised descriptor, packed as {@link Descriptors#pack} packs it. */
        final long descriptor;
        final int ttl;
        /** The sender's base degree, for the receiver's Metropolis-Hastings weights. */
        final int senderDegree;

        Walk(Address from, Address to, long descriptor, int ttl, int senderDegree, int headerBytes) {
            super(from, to, Transport.STREAM, headerBytes + DESCRIPTOR_BYTES + 2 + 4);
            this.descriptor = descriptor;
            this.ttl = ttl;
            this.senderDegree = senderDegree;
        }
    }
}
