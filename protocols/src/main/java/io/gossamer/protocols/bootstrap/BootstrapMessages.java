package io.gossamer.protocols.bootstrap;

import io.gossamer.sim.net.Address;
import io.gossamer.sim.net.Message;

/** The join handshake and the connections it leads to. */
final class BootstrapMessages {
    /** Bytes of one peer address in a Welcome. */
    static final int ADDRESS_BYTES = 6;

    private BootstrapMessages() {
    }

    /** A newcomer hands the server its address. */
    static final class Hello extends Message {
        Hello(Address from, Address server, int headerBytes) {
            super(from, server, Math.max(1, headerBytes + ADDRESS_BYTES));
        }
    }

    /** The server's answer: nodes that joined before. */
    static final class Welcome extends Message {
        final int[] peers;

        Welcome(Address server, Address to, int[] peers, int headerBytes) {
            super(server, to, Math.max(1, headerBytes + ADDRESS_BYTES * peers.length));
            this.peers = peers;
        }
    }

    /** A newcomer opens a connection to a peer; both add each other to their pools. */
    static final class Connect extends Message {
        Connect(Address from, Address to, int headerBytes) {
            super(from, to, Math.max(1, headerBytes + ADDRESS_BYTES));
        }
    }
}
