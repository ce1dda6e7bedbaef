package io.gossamer.sim.net;

import java.util.ArrayList;

/** One connection between two nodes, from the first handshake packet to its close. */
final class Connection {
    final int opener;
    final int acceptor;
    /** When the opener started the handshake. */
    final long started;
    boolean established;
    /** Opened with {@link Connect}: no idle timeout. */
    boolean permanent;
    /** The opener asked with {@link Connect}, so it is told when the connection is open. */
    boolean announce;
    /** Why the handshake failed, once that is known. */
    DropReason failure;
    long lastUsed;
    /** Messages sent before the handshake completed; null when there are none. */
    ArrayList<Message> pending;

    Connection(int opener, int acceptor, long started) {
        this.opener = opener;
        this.acceptor = acceptor;
        this.started = started;
        this.lastUsed = started;
    }

    int other(int node) {
        return node == opener ? acceptor : opener;
    }

    static long key(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }
}
