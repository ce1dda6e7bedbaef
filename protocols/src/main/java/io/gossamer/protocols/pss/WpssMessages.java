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

    /** A node's advertisement of itself, sent through its wormhole. */
    static final class Advertisement extends Message {
        final Descriptor descriptor;

        Advertisement(Address from, Address to, Descriptor descriptor, int headerBytes) {
            super(from, to, Transport.STREAM, headerBytes + DESCRIPTOR_BYTES);
            this.descriptor = descriptor;
        }
    }

    /** One hop of an advertisement's random walk over the base overlay. */
    static final class Walk extends Message {
        final Descriptor descriptor;
        final int ttl;
        /** The sender's base degree, for the receiver's Metropolis-Hastings weights. */
        final int senderDegree;

        Walk(Address from, Address to, Descriptor descriptor, int ttl, int senderDegree, int headerBytes) {
            super(from, to, Transport.STREAM, headerBytes + DESCRIPTOR_BYTES + 2 + 4);
            this.descriptor = descriptor;
            this.ttl = ttl;
            this.senderDegree = senderDegree;
        }
    }
}
