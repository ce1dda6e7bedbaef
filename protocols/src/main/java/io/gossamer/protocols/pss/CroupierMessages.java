package io.gossamer.protocols.pss;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Transport;

/** Croupier's shuffle request and reply, both over the connection the initiator opens. */
final class CroupierMessages {
    /** Bytes of one descriptor on the wire (address, port, NAT type, age). */
    static final int DESCRIPTOR_BYTES = 9;
    /** Bytes of the public-share estimate. */
    static final int ESTIMATE_BYTES = 4;

    private CroupierMessages() {
    }

    /**
     * The initiator's offer: public and private descriptors, its own (age 0) in the list of its
     * kind, and its estimate of the share of public nodes (NaN if it has none yet).
     */
    static final class Shuffle extends Message {
        final Descriptors publicOffer;
        final Descriptors privateOffer;
        final double estimate;

        Shuffle(Address from, Address to, Descriptors publicOffer, Descriptors privateOffer, double estimate,
                int headerBytes) {
            super(from, to, Transport.STREAM, size(publicOffer, privateOffer, headerBytes));
            this.publicOffer = publicOffer;
            this.privateOffer = privateOffer;
            this.estimate = estimate;
        }
    }

    /** The public partner's answer: descriptors of its own views and its estimate. */
    static final class ShuffleReply extends Message {
        final Descriptors publicOffer;
        final Descriptors privateOffer;
        final double estimate;

        ShuffleReply(Address from, Address to, Descriptors publicOffer, Descriptors privateOffer, double estimate,
                int headerBytes) {
            super(from, to, Transport.STREAM, size(publicOffer, privateOffer, headerBytes));
            this.publicOffer = publicOffer;
            this.privateOffer = privateOffer;
            this.estimate = estimate;
        }
    }

    private static int size(Descriptors a, Descriptors b, int headerBytes) {
        return headerBytes + ESTIMATE_BYTES + DESCRIPTOR_BYTES * (a.size() + b.size());
    }
}
