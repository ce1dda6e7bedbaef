package io.gossamer.protocols.bootstrap;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;
import io.gossamer.sim.net.Transport;

/**
 * The join handshake and the connections it leads to. All travel over connections (as the
 * study's sockets did), so loss delays them but never loses them.
 */
final class BootstrapMessages {
    /** Bytes of one peer address in a Welcome. */
    static final int ADDRESS_BYTES = 6;

    private BootstrapMessages() {
    }

    /** A newcomer hands the server its address. */
    static final class Hello extends Message {
        Hello(Address from, Address server, int headerBytes) {
            super(from, server, Transport.STREAM, Math.max(1, headerBytes + ADDRESS_BYTES));
        }
    }

    /** The server's answer: nodes that joined before. */
    static final class Welcome extends Message {
        final int[] peers;

        Welcome(Address server, Address to, int[] peers, int headerBytes) {
            super(server, to, Transport.STREAM, Math.max(1, headerBytes + ADDRESS_BYTES * peers.length));
            this.peers = peers;
        }
    }

    /** A newcomer's first message over the connection it opened to a peer: add me to your pool. */
    static final class Join extends Message {
        Join(Address from, Address to, int headerBytes) {
            super(from, to, Transport.STREAM, Math.max(1, headerBytes + ADDRESS_BYTES));
        }
    }
}
